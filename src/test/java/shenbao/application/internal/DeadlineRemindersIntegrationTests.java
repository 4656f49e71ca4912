package shenbao.application.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.MutableClock;
import shenbao.platform.Platform;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go out three days and one day before the close, once each, and only to unsubmitted drafts. */
@org.springframework.context.annotation.Import(shenbao.MovableTime.class)
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class DeadlineRemindersIntegrationTests {

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftIsRemindedThreeDaysAndOneDayBeforeTheCloseOnceEach() {
		long draft = application("DRAFT", 1);
		long submitted = application("COUNTY_REVIEW", 2);
		Instant closes = this.programs.get("etc-2026").windows().apply().closes().atZone(Platform.ZONE).toInstant();

		moveTo(closes.minus(Duration.ofDays(5)));
		this.reminders.remind();
		assertThat(messages(draft)).isZero();

		moveTo(closes.minus(Duration.ofHours(60)));
		this.reminders.remind();
		this.reminders.remind();
		assertThat(messages(draft)).isEqualTo(1);
		assertThat(latest(draft)).isEqualTo("application.message.deadline");

		moveTo(closes.minus(Duration.ofHours(20)));
		this.reminders.remind();
		this.reminders.remind();
		assertThat(messages(draft)).isEqualTo(2);
		assertThat(messages(submitted)).isZero();

		moveTo(closes.plus(Duration.ofHours(1)));
		this.reminders.remind();
		assertThat(messages(draft)).isEqualTo(2);
	}

	private void moveTo(Instant instant) {
		this.clock.advance(Duration.between(this.clock.instant(), instant));
	}

	private long application(String status, int unit) {
		long unitId = 900_000 + unit;
		return this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, version)
				VALUES (:unit, '提醒测试单位', 'etc-2026', 1, 2026, '620602', '620600', :status, '{}', '{}', now(), now(), 0)
				RETURNING id
				""")
			.param("unit", unitId)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private int messages(long application) {
		return this.jdbc.sql("SELECT count(*) FROM unit_message WHERE application_id = :id")
			.param("id", application)
			.query(Integer.class)
			.single();
	}

	private String latest(long application) {
		return this.jdbc.sql("SELECT message_key FROM unit_message WHERE application_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", application)
			.query(String.class)
			.single();
	}

}
