package shenbao.application.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snapshots of a draft. Autosave runs every second of typing, so a new snapshot is taken only when the newest one
 * is older than {@link #SPACING}; the newest state is always the application row itself.
 */
@Repository
class RevisionStore {

	static final Duration SPACING = Duration.ofMinutes(5);

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RevisionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Keeps the state before a save, unless a snapshot was taken within the last few minutes.
	 * @param newest when the newest snapshot was taken, as read with the row ({@link ApplicationStore#findDraft});
	 * null when there is none
	 */
	void keep(long applicationId, Map<String, Object> values, Map<String, BigDecimal> scores, @Nullable Instant newest,
			Instant now) {
		if (newest != null && newest.isAfter(now.minus(SPACING))) {
			return;
		}
		if (values.isEmpty() && scores.isEmpty()) {
			return;
		}
		insert(applicationId, values, scores, now);
	}

	private void insert(long applicationId, Map<String, Object> values, Map<String, BigDecimal> scores, Instant now) {
		this.jdbc.sql("""
				INSERT INTO application_revision (application_id, form_values, self_scores, saved_at)
				VALUES (:application, :values, :scores, :now)
				""")
			.param("application", applicationId)
			.param("values", this.json.writeValueAsString(values))
			.param("scores", this.json.writeValueAsString(scores))
			.param("now", ApplicationStore.time(now))
			.update();
	}

	/** The state as submitted is always kept, so 历史版本 shows exactly what went to review. */
	void keepSubmitted(long applicationId, Map<String, Object> values, Map<String, BigDecimal> scores, Instant now) {
		insert(applicationId, values, scores, now);
	}

	List<Revision> list(long applicationId) {
		return this.jdbc.sql("SELECT * FROM application_revision WHERE application_id = :application ORDER BY id DESC")
			.param("application", applicationId)
			.query((rs, row) -> new Revision(rs.getLong("id"), this.json.readValue(rs.getString("form_values"), VALUES),
					this.json.readValue(rs.getString("self_scores"), SCORES), ApplicationStore.instant(rs, "saved_at")))
			.list();
	}

	Optional<Revision> find(long applicationId, long revisionId) {
		return list(applicationId).stream().filter(revision -> revision.id() == revisionId).findFirst();
	}

	record Revision(long id, Map<String, Object> values, Map<String, BigDecimal> scores, Instant savedAt) {
	}

}
