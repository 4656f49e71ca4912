package shenbao.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Applicant units: read access for every module, and the applicant's own profile for editing. */
public interface Units {

	Optional<UnitProfile> find(long unitId);

	/** The registered unit with this 统一社会信用代码, if any. */
	Optional<UnitProfile> findByCreditCode(String creditCode);

	/** Many units at once, by id (for exports); ids of no unit are left out. */
	Map<Long, UnitProfile> findAll(Collection<Long> unitIds);

	/**
	 * One page of the units registered in any of {@code regionCodes}, by name, filtered by part of the name, the start
	 * of the credit code and the unit type where given (the reviewers' 企业管理 list).
	 */
	UnitPage search(Collection<String> regionCodes, UnitFilter filter);

	/** The 企业管理 filters; null or blank means any. {@code page} counts from 0. */
	record UnitFilter(@Nullable String name, @Nullable String creditCode, @Nullable UnitType type, int page, int size) {

		public UnitFilter {
			page = Math.max(0, page);
			size = Math.clamp(size, 1, 200);
		}

	}

	/** A page of units and how many match in all. */
	record UnitPage(List<UnitProfile> units, long total, int page, int size) {

		public UnitPage {
			units = List.copyOf(units);
		}

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

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
