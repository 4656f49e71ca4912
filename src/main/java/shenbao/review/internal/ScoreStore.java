package shenbao.review.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.review.LevelScores;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the score sheets and their append-only revisions. */
@Repository
class ScoreStore {

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScoreStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<LevelScores> list(long applicationId) {
		return this.jdbc.sql("SELECT * FROM review_score WHERE application_id = :id")
			.param("id", applicationId)
			.query(this::map)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(LevelScores::level))
			.toList();
	}

	/** The sheets of the given levels for many applications, each application's lowest level first. */
	Map<Long, List<LevelScores>> listAll(Collection<Long> applicationIds, Collection<ReviewLevel> levels) {
		Map<Long, List<LevelScores>> sheets = new HashMap<>();
		this.jdbc.sql("SELECT * FROM review_score WHERE application_id IN (:ids) AND level IN (:levels)")
			.param("ids", List.copyOf(applicationIds))
			.param("levels", levels.stream().map(Enum::name).toList())
			.query((RowCallbackHandler) rs -> sheets.computeIfAbsent(rs.getLong("application_id"),
					id -> new ArrayList<>()).add(map(rs, 0)));
		sheets.values().forEach(list -> list.sort(java.util.Comparator.comparing(LevelScores::level)));
		return sheets;
	}

	Optional<LevelScores> find(long applicationId, ReviewLevel level) {
		return this.jdbc.sql("SELECT * FROM review_score WHERE application_id = :id AND level = :level")
			.param("id", applicationId)
			.param("level", level.name())
			.query(this::map)
			.optional();
	}

	void save(long applicationId, ReviewLevel level, Map<String, BigDecimal> scores, BigDecimal total, Caller actor,
			boolean locked, Instant at) {
		Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
		parameters.put("id", applicationId);
		parameters.put("level", level.name());
		parameters.put("scores", this.json.writeValueAsString(scores));
		parameters.put("total", total);
		parameters.put("reviewer", actor.accountId());
		parameters.put("name", actor.displayName());
		parameters.put("locked", locked);
		parameters.put("at", at.atOffset(ZoneOffset.UTC));
		parameters.put("lockedAt", locked ? at.atOffset(ZoneOffset.UTC) : null);
		int updated = this.jdbc.sql("""
				UPDATE review_score SET scores = :scores, total = :total, reviewer_id = :reviewer, reviewer_name = :name,
				    locked = :locked, updated_at = :at, locked_at = :lockedAt
				WHERE application_id = :id AND level = :level
				""").params(parameters).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
					    updated_at, locked_at)
					VALUES (:id, :level, :scores, :total, :reviewer, :name, :locked, :at, :lockedAt)
					""").params(parameters).update();
		}
	}

	void unlock(long applicationId, ReviewLevel level, Instant at) {
		this.jdbc.sql("""
				UPDATE review_score SET locked = FALSE, locked_at = NULL, updated_at = :at
				WHERE application_id = :id AND level = :level
				""")
			.param("id", applicationId)
			.param("level", level.name())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	void revision(long applicationId, ReviewLevel level, String action, Map<String, BigDecimal> scores,
			@Nullable String reason, Caller actor, Instant at) {
		this.jdbc.sql("""
				INSERT INTO review_score_revision (application_id, level, action, scores, reason, actor_id, actor_name,
				    happened_at)
				VALUES (:id, :level, :action, :scores, :reason, :actor, :name, :at)
				""")
			.param("id", applicationId)
			.param("level", level.name())
			.param("action", action)
			.param("scores", this.json.writeValueAsString(scores))
			.param("reason", reason)
			.param("actor", actor.accountId())
			.param("name", actor.displayName())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private LevelScores map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lockedAt = rs.getObject("locked_at", OffsetDateTime.class);
		return new LevelScores(ReviewLevel.valueOf(rs.getString("level")),
				this.json.readValue(rs.getString("scores"), SCORES), rs.getBigDecimal("total"),
				rs.getString("reviewer_name"), rs.getBoolean("locked"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				lockedAt == null ? null : lockedAt.toInstant());
	}

}
