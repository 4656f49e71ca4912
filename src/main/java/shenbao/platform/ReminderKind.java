package shenbao.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * SPEC §12 "Reminders before a deadline, not after": three days and again one day before a close. The names are
 * what reminder tables and dedupe keys store.
 */
public enum ReminderKind {

	THREE_DAYS, ONE_DAY;

	/** The reminder due with {@code left} until the close: none more than three days before it, or after it. */
	public static Optional<ReminderKind> due(Duration left) {
		if (left.isNegative() || left.isZero()) {
			return Optional.empty();
		}
		if (left.compareTo(Duration.ofDays(1)) <= 0) {
			return Optional.of(ONE_DAY);
		}
		return left.compareTo(Duration.ofDays(3)) <= 0 ? Optional.of(THREE_DAYS) : Optional.empty();
	}

}
