package shenbao.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.platform.Platform;
import shenbao.review.ReviewSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §12 for reviewers: three days and one day before their level's close, reviewers with applications still
 * waiting get a 站内消息, once each, none after the close and none without waiting work; the header counts the unread
 * ones and a message is its account's alone.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class ReviewerRemindersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewSettings settings;

	@Autowired
	ReviewerReminders reminders;

	@Test
	void aReviewerWithWaitingWorkIsRemindedThreeDaysAndOneDayBeforeTheCountyCloseOnceEach() throws Exception {
		application("620602", "620600", 1);
		long liangzhou = account("county-620602");
		long minqin = staff("x-county-620621", "620621");
		LocalDateTime countyCloses = this.settings.effective("etc-2026", "620600").countyCloses();
		assertThat(countyCloses).isNotNull();
		Instant closes = countyCloses.atZone(Platform.ZONE).toInstant();

		moveTo(closes.minus(Duration.ofDays(5)));
		this.reminders.remind();
		assertThat(reminders(liangzhou)).isZero();

		moveTo(closes.minus(Duration.ofHours(60)));
		this.reminders.remind();
		this.reminders.remind();
		assertThat(reminders(liangzhou)).isEqualTo(1);
		assertThat(reminders(minqin)).as("nothing waits in 民勤县").isZero();

		moveTo(closes.minus(Duration.ofHours(20)));
		this.reminders.remind();
		assertThat(reminders(liangzhou)).isEqualTo(2);

		moveTo(closes.plus(Duration.ofHours(1)));
		this.reminders.remind();
		assertThat(reminders(liangzhou)).isEqualTo(2);

		Cookie county = logIn("county-620602");
		this.mvc.perform(get("/workbench").cookie(county))
			.andExpect(content().string(allOf(containsString("id=\"inbox-link\""), containsString("站内消息"))));
		this.mvc.perform(get("/inbox").cookie(county))
			.andExpect(content().string(allOf(containsString("审核截止提醒"), containsString("等待您审核"),
					containsString("/review?program=etc-2026"))));
		long message = this.jdbc.sql("""
				SELECT id FROM account_message WHERE account_id = :account AND dedupe_key LIKE 'review-deadline:etc-2026:%'
				ORDER BY id LIMIT 1""").param("account", liangzhou).query(Long.class).single();
		// someone else's message does not exist for them
		this.mvc.perform(post("/inbox/" + message + "/read").cookie(logIn("city-620600")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/inbox/read").cookie(county).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/inbox").cookie(county)).andExpect(content().string(not(containsString("badge--error\">未读"))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account_message WHERE account_id = :account AND read_at IS NULL")
			.param("account", liangzhou).query(Long.class).single()).isZero();
		// applicants keep their 消息列表 and get no inbox link
		this.mvc.perform(get("/workbench").cookie(logIn("applicant")))
			.andExpect(content().string(not(containsString("id=\"inbox-link\""))));
	}

	private void moveTo(Instant instant) {
		this.clock.advance(Duration.between(this.clock.instant(), instant));
	}

	private long reminders(long account) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM account_message WHERE account_id = :account
				AND dedupe_key LIKE 'review-deadline:etc-2026:COUNTY:%'""")
			.param("account", account)
			.query(Long.class)
			.single();
	}

	private long account(String username) {
		return this.jdbc.sql("SELECT id FROM account WHERE username = :username").param("username", username)
			.query(Long.class).single();
	}

	private long staff(String username, String region) {
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, display_name, created_at)
				SELECT :username, 'x', 'COUNTY_REVIEWER', :region, :username, now()
				WHERE NOT EXISTS (SELECT 1 FROM account WHERE username = :username)""")
			.param("username", username).param("region", region).update();
		return account(username);
	}

	private void application(String county, String city, int unit) {
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				SELECT :unit, '审核提醒测试单位', 'etc-2026', 1, 2026, :county, :city, 'COUNTY_REVIEW', '{}', '{}', now(),
				    now(), now(), 0
				WHERE NOT EXISTS (SELECT 1 FROM application WHERE unit_id = :unit AND program_code = 'etc-2026')""")
			.param("unit", 6_500_000 + unit)
			.param("county", county)
			.param("city", city)
			.update();
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
