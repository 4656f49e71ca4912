package shenbao.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account's failed-login state and the rule that moves it (SPEC §10: locked after 5 failures in 15 min).
 * <p>
 * SPEC §10 Reading: failures count in a row (a successful login clears them) and within 15 minutes of the first
 * failure of the row; a failure after that window starts a new row. The 5th failure locks the account for 15
 * minutes; attempts while it is locked are refused without being counted, so they cannot extend the lock. When the
 * lock ends the account starts again from zero.
 */
record Lockout(int failedAttempts, @Nullable Instant firstFailedAt, @Nullable Instant lockedUntil) {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	static final Lockout CLEAR = new Lockout(0, null, null);

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	Lockout afterFailure(Instant now) {
		boolean rowContinues = this.firstFailedAt != null && now.isBefore(this.firstFailedAt.plus(WINDOW));
		int failures = rowContinues ? this.failedAttempts + 1 : 1;
		if (failures >= MAX_FAILURES) {
			return new Lockout(0, null, now.plus(LOCK));
		}
		return new Lockout(failures, rowContinues ? this.firstFailedAt : now, null);
	}

}
