package shenbao.expert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.application.ApplicantApi;

/**
 * Expert accounts and applications put straight into EXPERT_REVIEW for the expert review tests: each test makes its
 * own, so that declarations and loads of one test never touch another's.
 */
final class ExpertFixtures {

	private static final AtomicInteger NUMBERS = new AtomicInteger(20_000);

	private ExpertFixtures() {
	}

	/** A new EXPERT account (password as every demo account), answering its username. */
	static String expert(JdbcClient jdbc, PasswordEncoder encoder, String name) {
		String username = "expert-t" + NUMBERS.incrementAndGet();
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, display_name, created_at)
				VALUES (:username, :hash, 'EXPERT', :name, :now)
				""")
			.param("username", username)
			.param("hash", encoder.encode(ApplicantApi.PASSWORD))
			.param("name", name)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		return username;
	}

	static long accountId(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = :name").param("name", username).query(Long.class).single();
	}

	/** A registered unit in {@code county}: its name and valid credit code. */
	record Unit(long id, String name, String creditCode, String regionCode) {
	}

	static Unit unit(JdbcClient jdbc, String county, String name) {
		String code = ApplicantApi.creditCode(county, NUMBERS.incrementAndGet());
		long id = jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', :region, '王五', '13800000000', :now) RETURNING id
				""")
			.param("code", code)
			.param("name", name)
			.param("region", county)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new Unit(id, name, code, county);
	}

	/** An application of the unit waiting in expert review (no form values, no evidence). */
	static long inExpertReview(JdbcClient jdbc, String program, Unit unit) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2024, :region, :city, 'EXPERT_REVIEW', '{}', '{}', :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unit.id())
			.param("name", unit.name())
			.param("program", program)
			.param("region", unit.regionCode())
			.param("city", unit.regionCode().substring(0, 4) + "00")
			.param("now", now)
			.query(Long.class)
			.single();
	}

}
