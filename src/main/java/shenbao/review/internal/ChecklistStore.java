package shenbao.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.review.Checklist.Confirmation;
import shenbao.review.Checklist.Revision;

/** SQL for the 核查清单: the current confirmation per application, level and item, and the append-only revisions. */
@Repository
class ChecklistStore {

	private final JdbcClient jdbc;

	ChecklistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Confirmation> list(long applicationId, Collection<ReviewLevel> levels) {
		if (levels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM review_checklist_item WHERE application_id = :id AND level IN (:levels)")
			.param("id", applicationId)
			.param("levels", levels.stream().map(Enum::name).toList())
			.query(ChecklistStore::confirmation)
			.list();
	}

	/** Writes the current confirmation and its revision row; the caller holds the application's row lock. */
	void save(long applicationId, ReviewLevel level, String itemKey, boolean met, @Nullable String remark,
			Caller actor, Instant at) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", applicationId);
		parameters.put("level", level.name());
		parameters.put("item", itemKey);
		parameters.put("met", met);
		parameters.put("remark", remark);
		parameters.put("actor", actor.accountId());
		parameters.put("name", actor.displayName());
		parameters.put("at", at.atOffset(ZoneOffset.UTC));
		int updated = this.jdbc.sql("""
				UPDATE review_checklist_item SET met = :met, remark = :remark, reviewer_id = :actor,
				    reviewer_name = :name, updated_at = :at
				WHERE application_id = :id AND level = :level AND item_key = :item
				""").params(parameters).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO review_checklist_item (application_id, level, item_key, met, remark, reviewer_id,
					    reviewer_name, updated_at)
					VALUES (:id, :level, :item, :met, :remark, :actor, :name, :at)
					""").params(parameters).update();
		}
		this.jdbc.sql("""
				INSERT INTO review_checklist_revision (application_id, level, item_key, met, remark, actor_id,
				    actor_name, happened_at)
				VALUES (:id, :level, :item, :met, :remark, :actor, :name, :at)
				""").params(parameters).update();
	}

	List<Revision> revisions(long applicationId, Collection<ReviewLevel> levels) {
		if (levels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT * FROM review_checklist_revision WHERE application_id = :id AND level IN (:levels) ORDER BY id
				""")
			.param("id", applicationId)
			.param("levels", levels.stream().map(Enum::name).toList())
			.query((rs, row) -> new Revision(rs.getLong("id"), ReviewLevel.valueOf(rs.getString("level")),
					rs.getString("item_key"), rs.getBoolean("met"), rs.getString("remark"), rs.getString("actor_name"),
					rs.getObject("happened_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many items each level confirmed, per application. */
	Map<Long, Map<ReviewLevel, Integer>> counts(Collection<Long> applicationIds, Collection<ReviewLevel> levels) {
		Map<Long, Map<ReviewLevel, Integer>> counts = new HashMap<>();
		if (applicationIds.isEmpty() || levels.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				SELECT application_id, level, COUNT(*) AS confirmed FROM review_checklist_item
				WHERE application_id IN (:ids) AND level IN (:levels)
				GROUP BY application_id, level
				""")
			.param("ids", List.copyOf(applicationIds))
			.param("levels", levels.stream().map(Enum::name).toList())
			.query((RowCallbackHandler) rs -> counts
				.computeIfAbsent(rs.getLong("application_id"), id -> new EnumMap<>(ReviewLevel.class))
				.put(ReviewLevel.valueOf(rs.getString("level")), rs.getInt("confirmed")));
		return counts;
	}

	private static Confirmation confirmation(ResultSet rs, int row) throws SQLException {
		return new Confirmation(ReviewLevel.valueOf(rs.getString("level")), rs.getString("item_key"),
				rs.getBoolean("met"), rs.getString("remark"), rs.getString("reviewer_name"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
