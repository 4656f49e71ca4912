package shenbao.alliance;

import java.util.List;

import shenbao.identity.Caller;

/**
 * The alliance register. The province sees the alliances of its province, a lead unit its own alliance; anyone else
 * finds none, and an alliance outside the caller's scope is "not found" (404).
 */
public interface Alliances {

	/** The alliances the caller may see, each with its latest assessment, by name. */
	List<AllianceHistory> list(Caller caller);

	/**
	 * One alliance year by year: its formation and every assessment, oldest first.
	 * @throws shenbao.platform.NotFound outside the caller's scope
	 */
	AllianceHistory history(Caller caller, long allianceId);

	/**
	 * The province registers an alliance recognised before the platform, so its lead unit can file assessments.
	 * @throws shenbao.platform.NotFound when the caller is not a province reviewer
	 * @throws shenbao.platform.InvalidInput naming every field at fault
	 * @throws shenbao.platform.RuleViolation when the lead unit has not registered on the platform
	 * @throws shenbao.platform.Conflict when the name is taken or the unit already leads an alliance
	 */
	Alliance register(Caller caller, AllianceRegistration registration);

}
