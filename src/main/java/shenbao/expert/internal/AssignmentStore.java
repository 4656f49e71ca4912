package shenbao.expert.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.expert.AssignmentMode;

/** SQL for assignments and their score sheets (one row per indicator). */
@Repository
class AssignmentStore {

	record Assigned(long id, String programCode, long applicationId, long expertId, Applicant applicant,
			AssignmentMode mode, Instant assignedAt, @Nullable Instant submittedAt) {

		boolean submitted() {
			return this.submittedAt != null;
		}

	}

	private static final String SELECT = "SELECT id, program_code, application_id, expert_id, unit_name, credit_code, "
			+ "region_code, mode, assigned_at, submitted_at FROM expert_assignment ";

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Assigned> ofProgram(String programCode) {
		return this.jdbc.sql(SELECT + "WHERE program_code = :code ORDER BY application_id, assigned_at, id")
			.param("code", programCode)
			.query(AssignmentStore::map)
			.list();
	}

	List<Assigned> ofExpert(long expertId) {
		return this.jdbc.sql(SELECT + "WHERE expert_id = :id ORDER BY assigned_at DESC, id DESC")
			.param("id", expertId)
			.query(AssignmentStore::map)
			.list();
	}

	Optional<Assigned> find(long applicationId, long expertId) {
		return this.jdbc.sql(SELECT + "WHERE application_id = :application AND expert_id = :expert")
			.param("application", applicationId)
			.param("expert", expertId)
			.query(AssignmentStore::map)
			.optional();
	}

	void add(String programCode, Applicant applicant, long expertId, AssignmentMode mode, Instant at) {
		this.jdbc.sql("""
				INSERT INTO expert_assignment (program_code, application_id, expert_id, unit_name, credit_code,
				    region_code, mode, assigned_at, updated_at)
				VALUES (:code, :application, :expert, :unit, :credit, :region, :mode, :at, :at)
				""")
			.param("code", programCode)
			.param("application", applicant.applicationId())
			.param("expert", expertId)
			.param("unit", applicant.unitName())
			.param("credit", applicant.creditCode())
			.param("region", applicant.regionCode())
			.param("mode", mode.name())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	void remove(long assignmentId) {
		this.jdbc.sql("DELETE FROM expert_assignment WHERE id = :id").param("id", assignmentId).update();
	}

	Map<String, BigDecimal> scores(long assignmentId) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		this.jdbc.sql("SELECT indicator_key, score FROM expert_score WHERE assignment_id = :id")
			.param("id", assignmentId)
			.query((ResultSet rs) -> {
				scores.put(rs.getString("indicator_key"), rs.getBigDecimal("score"));
			});
		return scores;
	}

	/** Every sheet of a program by assignment id. */
	Map<Long, Map<String, BigDecimal>> scoresOfProgram(String programCode) {
		Map<Long, Map<String, BigDecimal>> sheets = new HashMap<>();
		this.jdbc.sql("""
				SELECT s.assignment_id, s.indicator_key, s.score FROM expert_score s
				JOIN expert_assignment a ON a.id = s.assignment_id WHERE a.program_code = :code
				""").param("code", programCode).query((ResultSet rs) -> {
			sheets.computeIfAbsent(rs.getLong("assignment_id"), id -> new LinkedHashMap<>())
				.put(rs.getString("indicator_key"), rs.getBigDecimal("score"));
		});
		return sheets;
	}

	void replaceScores(long assignmentId, Map<String, BigDecimal> scores, Instant at) {
		this.jdbc.sql("DELETE FROM expert_score WHERE assignment_id = :id").param("id", assignmentId).update();
		scores.forEach((key, score) -> this.jdbc
			.sql("INSERT INTO expert_score (assignment_id, indicator_key, score) VALUES (:id, :key, :score)")
			.param("id", assignmentId)
			.param("key", key)
			.param("score", score)
			.update());
		this.jdbc.sql("UPDATE expert_assignment SET updated_at = :at WHERE id = :id")
			.param("id", assignmentId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Locks the sheet; false when it already was. */
	boolean submit(long assignmentId, Instant at) {
		return this.jdbc.sql("UPDATE expert_assignment SET submitted_at = :at WHERE id = :id AND submitted_at IS NULL")
			.param("id", assignmentId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private static Assigned map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
		return new Assigned(rs.getLong("id"), rs.getString("program_code"), rs.getLong("application_id"),
				rs.getLong("expert_id"),
				new Applicant(rs.getLong("application_id"), rs.getString("unit_name"), rs.getString("credit_code"),
						rs.getString("region_code")),
				AssignmentMode.valueOf(rs.getString("mode")),
				rs.getObject("assigned_at", OffsetDateTime.class).toInstant(),
				submittedAt == null ? null : submittedAt.toInstant());
	}

}
