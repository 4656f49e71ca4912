package shenbao.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Applications put straight into a review status (no form, no evidence) for tests of the review rules that do not
 * need an applicant, and the demo reviewers as {@link Caller}s.
 */
final class ReviewFixtures {

	private static final AtomicLong UNITS = new AtomicLong(5_000_000);

	private ReviewFixtures() {
	}

	/** An application of a made-up unit of {@code region}, waiting in {@code status}, with its submission recorded. */
	static long application(JdbcClient jdbc, String program, String region, String city, String status) {
		long unit = UNITS.incrementAndGet();
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long id = jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2026, :region, :city, :status, '{}', '{}', :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unit)
			.param("name", "测试单位" + unit)
			.param("program", program)
			.param("region", region)
			.param("city", city)
			.param("status", status)
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO application_history (application_id, action, actor_id, actor_name, actor_role, from_status,
				    to_status, happened_at)
				VALUES (:id, 'SUBMIT', 0, 'fixture', 'APPLICANT', 'DRAFT', :status, :now)
				""").param("id", id).param("status", status).param("now", now).update();
		return id;
	}

	/** Submitted (locked) scores of one level, as if its reviewer had scored every indicator. */
	static void lockedScores(JdbcClient jdbc, long applicationId, String level) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
				    updated_at, locked_at)
				VALUES (:id, :level, '{}', 0, 0, 'fixture', TRUE, :now, :now)
				""").param("id", applicationId).param("level", level).param("now", now).update();
	}

	/** One level's sheet with the given scores (JSON) and total, locked or only saved. */
	static void scores(JdbcClient jdbc, long applicationId, String level, String scoresJson, String total,
			boolean locked) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
				    updated_at, locked_at)
				VALUES (:id, :level, :scores, :total, 0, 'fixture', :locked, :now, :lockedAt)
				""")
			.param("id", applicationId)
			.param("level", level)
			.param("scores", scoresJson)
			.param("total", new java.math.BigDecimal(total))
			.param("locked", locked)
			.param("now", now)
			.param("lockedAt", locked ? now : null)
			.update();
	}

	/** A reviewer account beside the demo ones (e.g. for a city no other test touches), password Demo@2026. */
	static void reviewerAccount(JdbcClient jdbc, org.springframework.security.crypto.password.PasswordEncoder encoder,
			String username, Role role, String region) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, display_name, created_at)
				VALUES (:username, :hash, :role, :region, :username, :now)
				""")
			.param("username", username)
			.param("hash", encoder.encode("Demo@2026"))
			.param("role", role.name())
			.param("region", region)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	static Caller reviewer(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id, username, display_name, role, region_code FROM account WHERE username = :name")
			.param("name", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"), null))
			.single();
	}

}
