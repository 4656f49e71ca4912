package shenbao.deadline;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;

/** The close times in force: the program's own, moved by the province's extensions (the latest close wins). */
public interface Deadlines {

	/**
	 * When the application window closes for a unit (null: the province's, for units without an extension of their
	 * own): the earlier of its city's own close and the province's in force, unless the province extended the window
	 * for this unit by name, which wins.
	 */
	LocalDateTime applyCloses(ProgramDefinition program, @Nullable Long unitId);

	/**
	 * When the application window opens for a unit: the program's, or later where the unit's city set its own window
	 * ({@link CityWindows}).
	 */
	LocalDateTime applyOpens(ProgramDefinition program, @Nullable Long unitId);

	/**
	 * When the application window closes for the units of a city (its own window, else the province's in force), not
	 * counting extensions the province granted to single units.
	 */
	LocalDateTime cityApplyCloses(ProgramDefinition program, String cityCode);

	/** The application window's state for a unit, its city's window and extensions included. */
	default ProgramStatus status(ProgramDefinition program, @Nullable Long unitId, java.time.Clock clock) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(shenbao.platform.Platform.ZONE));
		if (now.isBefore(applyOpens(program, unitId))) {
			return ProgramStatus.NOT_OPEN;
		}
		return now.isBefore(applyCloses(program, unitId)) ? ProgramStatus.OPEN : ProgramStatus.CLOSED;
	}

	/** The close in force for a review level or the letters (null when the program sets none). */
	@Nullable LocalDateTime closes(ProgramDefinition program, WindowKind kind);

	/**
	 * Moves a close time later, for everyone or (with {@code unitCreditCode}, application window only) for one unit.
	 * @throws shenbao.platform.NotFound (404) for anyone but a province reviewer of the program's province
	 * @throws shenbao.platform.InvalidInput (400) without a reason, for an unknown unit, or a unit for a review level
	 * @throws shenbao.platform.RuleViolation (422) when the new close is not later than the one in force, when the
	 * named unit is registered outside the program's province, or when a county review close would pass the city
	 * review close in force (县区 ≤ 市州)
	 */
	Extension extend(Caller caller, String programCode, WindowKind kind, @Nullable String unitCreditCode,
			LocalDateTime closes, String reason);

	/** A program's extensions, newest first. */
	List<Extension> extensions(String programCode);

}
