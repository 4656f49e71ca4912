package shenbao.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import shenbao.platform.Platform;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-05-20T01:00:00Z"), Platform.ZONE);

	private final Instant now = this.clock.instant();

	@Test
	void fourFailuresInARowDoNotLock() {
		Lockout state = fail(Lockout.CLEAR, 4, Duration.ofMinutes(1));
		assertThat(state.failedAttempts()).isEqualTo(4);
		assertThat(state.isLocked(at(Duration.ofMinutes(4)))).isFalse();
	}

	@Test
	void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
		// failures at +0, +1, +2, +3 and +14:59, all within 15 minutes of the first
		Lockout state = fail(Lockout.CLEAR, 4, Duration.ofMinutes(1));
		Instant fifth = at(Duration.ofMinutes(15).minusSeconds(1));
		state = state.afterFailure(fifth);

		assertThat(state.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
		assertThat(state.isLocked(fifth)).isTrue();
		assertThat(state.isLocked(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(state.isLocked(fifth.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aFailureFifteenMinutesAfterTheFirstStartsANewRow() {
		Lockout state = fail(Lockout.CLEAR, 4, Duration.ofMinutes(1));
		Instant late = at(Duration.ofMinutes(15));
		state = state.afterFailure(late);

		assertThat(state.isLocked(late)).isFalse();
		assertThat(state.failedAttempts()).isEqualTo(1);
		assertThat(state.firstFailedAt()).isEqualTo(late);
	}

	@Test
	void afterTheLockEndsTheCountStartsAgainFromZero() {
		Lockout locked = fail(Lockout.CLEAR, 5, Duration.ofSeconds(10));
		Instant afterLock = locked.lockedUntil();
		assertThat(locked.isLocked(afterLock)).isFalse();

		Lockout next = locked.afterFailure(afterLock);
		assertThat(next.failedAttempts()).isEqualTo(1);
		assertThat(next.lockedUntil()).isNull();
	}

	@Test
	void aClearStateIsNeverLocked() {
		assertThat(Lockout.CLEAR.isLocked(this.now)).isFalse();
	}

	/** {@code count} failures, the first at {@link #now} and each {@code gap} after the previous one. */
	private Lockout fail(Lockout start, int count, Duration gap) {
		Lockout state = start;
		for (int i = 0; i < count; i++) {
			state = state.afterFailure(at(gap.multipliedBy(i)));
		}
		return state;
	}

	private Instant at(Duration offset) {
		return this.now.plus(offset);
	}

}
