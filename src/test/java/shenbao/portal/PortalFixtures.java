package shenbao.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.application.ApplicantApi;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Units with an account each and one application waiting in expert review (put straight into the database: the
 * expert review itself is another issue's), and the demo reviewers as {@link Caller}s.
 */
final class PortalFixtures {

	private static final AtomicInteger UNITS = new AtomicInteger(30_000);

	private PortalFixtures() {
	}

	/** A unit in 凉州区 with the account {@code username} and an application of {@code program} in expert review. */
	static long unitInExpertReview(JdbcClient jdbc, PasswordEncoder encoder, String username, String program) {
		ApplicantApi.createApplicant(jdbc, encoder, username, ApplicantApi.creditCode("620602", UNITS.incrementAndGet()),
				"620602");
		long unit = jdbc.sql("SELECT unit_id FROM account WHERE username = :name")
			.param("name", username)
			.query(Long.class)
			.single();
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2026, '620602', '620600', 'EXPERT_REVIEW', '{}', '{}', :now, :now,
				    :now, 1)
				RETURNING id
				""")
			.param("unit", unit)
			.param("name", username + " 科技有限公司")
			.param("program", program)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	static String status(JdbcClient jdbc, long applicationId) {
		return jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", applicationId)
			.query(String.class).single();
	}

	static Caller account(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id, username, display_name, role, region_code, unit_id FROM account WHERE username = :n")
			.param("n", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"),
					rs.getObject("unit_id") == null ? null : rs.getLong("unit_id")))
			.single();
	}

}
