package shenbao.expert;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed expert round and submitted expert sheets written straight into the database, for tests of what other
 * modules show of a round (the 汇总表, the dashboard).
 */
public final class ExpertRoundFixtures {

	private ExpertRoundFixtures() {
	}

	/** The program's round, closed; left as it is when another test made it first. */
	public static void closedRound(JdbcClient jdbc, String program) {
		jdbc.sql("""
				INSERT INTO expert_round (program_code, experts_per_application, max_per_expert, closed_at, closed_by)
				VALUES (:program, 5, 100, :now, 'fixture') ON CONFLICT (program_code) DO NOTHING
				""").param("program", program).param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
	}

	/** One demo expert's submitted sheet of an application, with the whole total on one indicator. */
	public static void submittedSheet(JdbcClient jdbc, String program, long application, String region,
			String expert, int total) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long expertId = jdbc.sql("SELECT id FROM account WHERE username = :name").param("name", expert)
			.query(Long.class).single();
		long assignment = jdbc.sql("""
				INSERT INTO expert_assignment (program_code, application_id, expert_id, unit_name, region_code, mode,
				    assigned_at, updated_at, submitted_at)
				VALUES (:program, :application, :expert, 'fixture', :region, 'MANUAL', :now, :now, :now) RETURNING id
				""")
			.param("program", program)
			.param("application", application)
			.param("expert", expertId)
			.param("region", region)
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO expert_score (assignment_id, indicator_key, score) VALUES (:id, 'awards', :score)")
			.param("id", assignment)
			.param("score", total)
			.update();
	}

}
