package shenbao.application.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.deadline.Deadlines;
import shenbao.guide.CityGuides;
import shenbao.guide.GuideEdit;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Platform;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders follow each draft's own close (issue 7 point 4): a unit whose city closes earlier than the province (its
 * published 申报指南) is reminded a day before its city's close, while a unit of another city is not yet.
 */
@org.springframework.context.annotation.Import(shenbao.MovableTime.class)
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class CityWindowRemindersIntegrationTests {

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	Programs programs;

	@Autowired
	Deadlines deadlines;

	@Autowired
	CityGuides guides;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@AfterEach
	void restore() {
		this.jdbc.sql("DELETE FROM city_guide WHERE city_code = '620100'").update();
		this.jdbc.sql("DELETE FROM review_city_setting WHERE city_code = '620100' AND program_code = 'etc-2026'").update();
	}

	@Test
	void aDraftIsRemindedBeforeItsCitysOwnClose() {
		LocalDateTime cityCloses = this.deadlines.applyCloses(this.programs.get("etc-2026"), null).minusDays(4);
		long lanzhou = draft("620102", 40_700);
		long wuwei = draft("620602", 40_701);
		this.guides.save(city620100(), new GuideEdit(null, List.of("etc-2026"), "兰州市指南", "", null, null, null,
				cityCloses, false, null, null, true, null));

		this.clock.advance(Duration.between(this.clock.instant(),
				cityCloses.minusHours(20).atZone(Platform.ZONE).toInstant()));
		this.reminders.remind();
		assertThat(messages(lanzhou)).containsExactly("application.message.deadline");
		assertThat(messages(wuwei)).isEmpty();
	}

	private Caller city620100() {
		long id = this.jdbc.sql("SELECT id FROM account WHERE username = 'city-620100'").query(Long.class).single();
		return new Caller(id, "city-620100", "city-620100", Role.CITY_REVIEWER, "620100", null);
	}

	private long draft(String county, int number) {
		String username = "guide-reminder-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode(county, number), county);
		long unit = this.jdbc.sql("SELECT unit_id FROM account WHERE username = :name").param("name", username)
			.query(Long.class).single();
		return this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, version)
				VALUES (:unit, '提醒测试单位', 'etc-2026', 1, 2026, :county, :city, 'DRAFT', '{}', '{}', now(), now(), 0)
				RETURNING id
				""").param("unit", unit).param("county", county).param("city", county.substring(0, 4) + "00")
			.query(Long.class).single();
	}

	private List<String> messages(long application) {
		return this.jdbc.sql("SELECT message_key FROM unit_message WHERE application_id = :id")
			.param("id", application).query(String.class).list();
	}

}
