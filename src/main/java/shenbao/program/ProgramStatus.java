package shenbao.program;

import java.time.Clock;
import java.time.LocalDateTime;

/** Where a program's application window stands at a moment (Asia/Shanghai). */
public enum ProgramStatus {

	NOT_OPEN, OPEN, CLOSED;

	public static ProgramStatus of(ProgramDefinition program, Clock clock) {
		return of(program, program.windows().apply().closes(), clock);
	}

	/** As {@link #of(ProgramDefinition, Clock)}, with the close time moved (an extension granted by the province). */
	public static ProgramStatus of(ProgramDefinition program, LocalDateTime closes, Clock clock) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(shenbao.platform.Platform.ZONE));
		Windows.Window apply = new Windows.Window(program.windows().apply().opens(), closes);
		if (now.isBefore(apply.opens())) {
			return NOT_OPEN;
		}
		return apply.isOpenAt(now) ? OPEN : CLOSED;
	}

}
