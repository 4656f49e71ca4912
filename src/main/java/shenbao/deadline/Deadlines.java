package shenbao.deadline;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;

/** The close times in force: the program's own, moved by the province's extensions (the latest close wins). */
public interface Deadlines {

	/** When the application window closes for a unit (null: for units without an extension of their own). */
	LocalDateTime applyCloses(ProgramDefinition program, @Nullable Long unitId);

	/** The application window's state for a unit, extensions included. */
	default ProgramStatus status(ProgramDefinition program, @Nullable Long unitId, java.time.Clock clock) {
		return ProgramStatus.of(program, applyCloses(program, unitId), clock);
	}

	/** The close in force for a review level or the letters (null when the program sets none). */
	@Nullable LocalDateTime closes(ProgramDefinition program, WindowKind kind);

	/**
	 * Moves a close time later, for everyone or (with {@code unitCreditCode}, application window only) for one unit.
	 * @throws shenbao.platform.NotFound (404) for anyone but a province reviewer of the program's province
	 * @throws shenbao.platform.InvalidInput (400) without a reason, for an unknown unit, or a unit for a review level
	 * @throws shenbao.platform.RuleViolation (422) when the new close is not later than the one in force
	 */
	Extension extend(Caller caller, String programCode, WindowKind kind, @Nullable String unitCreditCode,
			LocalDateTime closes, String reason);

	/** A program's extensions, newest first. */
	List<Extension> extensions(String programCode);

}
