package shenbao.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderKindTests {

	@Test
	void threeDaysAndOneDayBeforeTheCloseInclusiveNeverAfter() {
		assertThat(ReminderKind.due(Duration.ofDays(3).plusSeconds(1))).isEmpty();
		assertThat(ReminderKind.due(Duration.ofDays(3))).contains(ReminderKind.THREE_DAYS);
		assertThat(ReminderKind.due(Duration.ofDays(1).plusSeconds(1))).contains(ReminderKind.THREE_DAYS);
		assertThat(ReminderKind.due(Duration.ofDays(1))).contains(ReminderKind.ONE_DAY);
		assertThat(ReminderKind.due(Duration.ofSeconds(1))).contains(ReminderKind.ONE_DAY);
		assertThat(ReminderKind.due(Duration.ZERO)).isEmpty();
		assertThat(ReminderKind.due(Duration.ofHours(-1))).isEmpty();
	}

}
