package shenbao.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;
import shenbao.identity.CreatedAccount;

/**
 * 用户管理: each administrator manages the accounts one level below in their own region (SPEC §2). The system admin
 * manages province reviewers; a province reviewer the city admins of its cities; a city admin its city reviewers and
 * the county admins of its counties; a county admin its county reviewers. An account outside that is "not found"
 * (404); asking to create one is refused with a reason (422).
 */
public interface Users {

	/** What the caller may create, and where; empty for callers who manage nobody. */
	List<Creatable> creatable(Caller caller);

	/** The accounts the caller manages, by username. */
	List<StaffMember> list(Caller caller);

	/**
	 * Creates the account with a one-time password to hand over (shown once, never stored in clear).
	 * @throws shenbao.platform.RuleViolation (422) for a role above or beside the caller's level, or a region outside
	 * the caller's
	 * @throws shenbao.platform.InvalidInput (400) for a malformed username or display name
	 * @throws shenbao.platform.Conflict (409) when the username is taken
	 */
	CreatedAccount create(Caller caller, NewUser user);

	/** Puts a managed reviewer into a department of their region (null: none). */
	void assignDepartment(Caller caller, long accountId, @Nullable Long departmentId);

	void setEnabled(Caller caller, long accountId, boolean enabled);

	/** A new one-time password for a managed account; its sessions and API tokens end. */
	CreatedAccount resetPassword(Caller caller, long accountId);

}
