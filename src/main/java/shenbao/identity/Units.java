package shenbao.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Applicant units: read access for every module, and the applicant's own profile for editing. */
public interface Units {

	Optional<UnitProfile> find(long unitId);

	/** The registered unit with this 统一社会信用代码, if any. */
	Optional<UnitProfile> findByCreditCode(String creditCode);

	/** Many units at once, by id (for exports); ids of no unit are left out. */
	Map<Long, UnitProfile> findAll(Collection<Long> unitIds);

	/** The unit, or {@link shenbao.platform.NotFound}. */
	UnitProfile get(long unitId);

	/**
	 * The caller's own unit with its version.
	 * @throws shenbao.platform.NotFound (404) when the caller belongs to no unit (every role but the applicant)
	 */
	EditableUnitProfile own(Caller caller);

	/**
	 * Saves the caller's own unit profile and publishes {@link UnitProfileUpdated}.
	 * @throws shenbao.platform.NotFound (404) when the caller belongs to no unit
	 * @throws shenbao.platform.InvalidInput (400) naming every field at fault
	 * @throws shenbao.platform.Conflict (409) when {@code update.version()} is not the stored version: someone saved
	 * the profile in the meantime
	 */
	EditableUnitProfile updateOwn(Caller caller, UnitProfileUpdate update);

}
