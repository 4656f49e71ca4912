package shenbao.application.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.application.ApplicationStatus;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for the {@code application} table. Values and self-scores are JSON text (portable between H2 and
 * PostgreSQL); every change checks and bumps {@code version}, so a stale writer changes nothing.
 */
@Repository
class ApplicationStore {

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApplicationStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long unitId, String unitName, String programCode, int revision, int year, String regionCode,
			String cityCode, Map<String, Object> initialValues, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, version)
				VALUES (:unit, :unitName, :program, :revision, :year, :region, :city, 'DRAFT', :values, '{}', :now, :now, 0)
				""")
			.param("unit", unitId)
			.param("unitName", unitName)
			.param("program", programCode)
			.param("revision", revision)
			.param("year", year)
			.param("region", regionCode)
			.param("city", cityCode)
			.param("values", this.json.writeValueAsString(initialValues))
			.param("now", time(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<ApplicationRecord> find(long id) {
		return this.jdbc.sql("SELECT * FROM application WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * What a save needs, in one round trip instead of three: the row, when its newest snapshot was taken (for
	 * {@link RevisionStore#keep}) and which evidence slots hold a file (for the checks of the answer).
	 */
	Optional<Draft> findDraft(long id) {
		return this.jdbc.sql("""
				SELECT a.*,
				    (SELECT r.saved_at FROM application_revision r WHERE r.application_id = a.id
				     ORDER BY r.id DESC LIMIT 1) AS newest_revision_at,
				    (SELECT ARRAY_AGG(t.slot) FROM application_attachment t WHERE t.application_id = a.id) AS filled_slots
				FROM application a WHERE a.id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new Draft(map(rs, row),
					rs.getObject("newest_revision_at") == null ? null : instant(rs, "newest_revision_at"),
					slots(rs.getArray("filled_slots"))))
			.optional();
	}

	private static Set<String> slots(java.sql.@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		Set<String> slots = new HashSet<>();
		for (Object slot : (Object[]) array.getArray()) {
			slots.add((String) slot);
		}
		return slots;
	}

	/** Locks the row for the rest of the transaction (submission, status changes). */
	Optional<ApplicationRecord> lock(long id) {
		return this.jdbc.sql("SELECT * FROM application WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<ApplicationRecord> findByUnitAndProgram(long unitId, String programCode) {
		return this.jdbc.sql("SELECT * FROM application WHERE unit_id = :unit AND program_code = :program")
			.param("unit", unitId)
			.param("program", programCode)
			.query(this::map)
			.optional();
	}

	List<ApplicationRecord> findByUnit(long unitId) {
		return this.jdbc.sql("SELECT * FROM application WHERE unit_id = :unit ORDER BY updated_at DESC, id DESC")
			.param("unit", unitId)
			.query(this::map)
			.list();
	}

	/** @return false when the version moved on (someone else saved first) */
	boolean updateValues(long id, Map<String, Object> values, Map<String, BigDecimal> selfScores, long version,
			Instant now) {
		return this.jdbc.sql("""
				UPDATE application SET form_values = :values, self_scores = :scores, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("values", this.json.writeValueAsString(values))
			.param("scores", this.json.writeValueAsString(selfScores))
			.param("now", time(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * Marks a change kept outside the row (evidence). The version stays: evidence is per slot, so an upload in one
	 * tab must not make the form of another tab stale.
	 */
	void touch(long id, Instant now) {
		this.jdbc.sql("UPDATE application SET updated_at = :now WHERE id = :id")
			.param("now", time(now))
			.param("id", id)
			.update();
	}

	boolean updateStatus(long id, ApplicationStatus from, ApplicationStatus to, long version, Instant now,
			@Nullable Instant submittedAt) {
		return this.jdbc.sql("""
				UPDATE application SET status = :to, updated_at = :now, version = version + 1,
				    submitted_at = COALESCE(:submitted, submitted_at), resubmit_to = NULL
				WHERE id = :id AND status = :from AND version = :version
				""")
			.param("to", to.name())
			.param("now", time(now))
			.param("submitted", submittedAt == null ? null : time(submittedAt))
			.param("id", id)
			.param("from", from.name())
			.param("version", version)
			.update() == 1;
	}

	/** A reviewer's status change; @return false when the status is no longer {@code from}. */
	boolean updateReviewStatus(long id, ApplicationStatus from, ApplicationStatus to,
			@Nullable ApplicationStatus resubmitTo, Instant now) {
		return this.jdbc.sql("""
				UPDATE application SET status = :to, resubmit_to = :resubmit, updated_at = :now, version = version + 1
				WHERE id = :id AND status = :from
				""")
			.param("to", to.name())
			.param("resubmit", resubmitTo == null ? null : resubmitTo.name())
			.param("now", time(now))
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	private ApplicationRecord map(ResultSet rs, int row) throws SQLException {
		return new ApplicationRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("program_code"), rs.getInt("program_revision"), rs.getInt("program_year"),
				rs.getString("region_code"), rs.getString("city_code"),
				ApplicationStatus.valueOf(rs.getString("status")),
				this.json.readValue(rs.getString("form_values"), VALUES),
				this.json.readValue(rs.getString("self_scores"), SCORES), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getObject("submitted_at") == null ? null : instant(rs, "submitted_at"),
				rs.getLong("version"),
				rs.getString("resubmit_to") == null ? null : ApplicationStatus.valueOf(rs.getString("resubmit_to")));
	}

	/**
	 * A row read for a save.
	 * @param newestRevision when the newest snapshot of the draft was taken; null when there is none
	 * @param filledSlots the evidence slots that hold a file
	 */
	record Draft(ApplicationRecord record, @Nullable Instant newestRevision, Set<String> filledSlots) {
	}

	static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
