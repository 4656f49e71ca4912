package shenbao.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.portal.ObjectionCase;
import shenbao.portal.ObjectionCategory;
import shenbao.portal.ObjectionOutcome;
import shenbao.portal.ObjectorKind;

/** 公示, their entries and objections in SQL. */
@Repository
class PublicityStore {

	private final JdbcClient jdbc;

	PublicityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String programCode, String provinceCode, String title, String html, String text, int days,
			Instant publishedAt, Instant closesAt, String by) {
		// a generated key rather than RETURNING, which H2 (the embedded default) does not know
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO publicity (program_code, province_code, title, body_html, body_text, window_days,
				    published_at, closes_at, published_by, status, version)
				VALUES (:program, :province, :title, :html, :text, :days, :published, :closes, :by, 'OPEN', 0)
				""")
			.param("program", programCode)
			.param("province", provinceCode)
			.param("title", title)
			.param("html", html)
			.param("text", text)
			.param("days", days)
			.param("published", Sql.time(publishedAt))
			.param("closes", Sql.time(closesAt))
			.param("by", by)
			.update(key, "id");
		return Objects.requireNonNull(key.getKey(), "a generated id").longValue();
	}

	void insertEntry(long publicityId, long applicationId, String unitName, String regionCode, int position) {
		this.jdbc.sql("""
				INSERT INTO publicity_entry (publicity_id, application_id, unit_name, region_code, position, status)
				VALUES (:publicity, :application, :unit, :region, :position, 'LISTED')
				""")
			.param("publicity", publicityId)
			.param("application", applicationId)
			.param("unit", unitName)
			.param("region", regionCode)
			.param("position", position)
			.update();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("SELECT * FROM publicity WHERE id = :id").param("id", id).query(this::row).optional();
	}

	/** The 公示 locked until the transaction ends: objections, answers and finalising run one after another. */
	Optional<Row> lock(long id) {
		return this.jdbc.sql("SELECT * FROM publicity WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	List<Row> all(@Nullable String provinceCode, @Nullable String words) {
		String sql = "SELECT * FROM publicity WHERE 1 = 1";
		if (provinceCode != null) {
			sql += " AND province_code = :province";
		}
		if (!Sql.blank(words)) {
			sql += " AND (LOWER(title) LIKE :words ESCAPE '\\' OR LOWER(body_text) LIKE :words ESCAPE '\\')";
		}
		var statement = this.jdbc.sql(sql + " ORDER BY published_at DESC, id DESC");
		if (provinceCode != null) {
			statement = statement.param("province", provinceCode);
		}
		if (!Sql.blank(words)) {
			statement = statement.param("words", Sql.contains(words));
		}
		return statement.query(this::row).list();
	}

	List<EntryRow> entries(long publicityId) {
		return this.jdbc.sql("SELECT * FROM publicity_entry WHERE publicity_id = :id ORDER BY position, id")
			.param("id", publicityId)
			.query((rs, row) -> new EntryRow(rs.getLong("id"), rs.getLong("application_id"), rs.getString("unit_name"),
					rs.getString("region_code"), rs.getInt("position"), "LISTED".equals(rs.getString("status"))))
			.list();
	}

	void removeEntry(long entryId) {
		this.jdbc.sql("UPDATE publicity_entry SET status = 'REMOVED' WHERE id = :id").param("id", entryId).update();
	}

	long insertObjection(long publicityId, long entryId, String receipt, ObjectionCategory category,
			ObjectorKind kind, String name, String phone, @Nullable String email, @Nullable UUID letter,
			String content, @Nullable UUID evidence, Instant now) {
		// a generated key rather than RETURNING, which H2 (the embedded default) does not know
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO publicity_objection (publicity_id, entry_id, receipt, category, objector_kind,
				    objector_name, objector_phone, objector_email, letter_file_id, content, evidence_file_id, filed_at)
				VALUES (:publicity, :entry, :receipt, :category, :kind, :name, :phone, :email, :letter, :content,
				    :evidence, :now)
				""")
			.param("publicity", publicityId)
			.param("entry", entryId)
			.param("receipt", receipt)
			.param("category", category.name())
			.param("kind", kind.name())
			.param("name", name)
			.param("phone", phone)
			.param("email", email)
			.param("letter", letter)
			.param("content", content)
			.param("evidence", evidence)
			.param("now", Sql.time(now))
			.update(key, "id");
		return Objects.requireNonNull(key.getKey(), "a generated id").longValue();
	}

	List<ObjectionCase> objections(long publicityId) {
		return this.jdbc.sql("""
				SELECT o.*, e.unit_name FROM publicity_objection o JOIN publicity_entry e ON e.id = o.entry_id
				WHERE o.publicity_id = :id ORDER BY o.filed_at, o.id
				""").param("id", publicityId).query(this::mapObjection).list();
	}

	Optional<ObjectionCase> objection(long objectionId) {
		return this.jdbc.sql("""
				SELECT o.*, e.unit_name FROM publicity_objection o JOIN publicity_entry e ON e.id = o.entry_id
				WHERE o.id = :id
				""").param("id", objectionId).query(this::mapObjection).optional();
	}

	long publicityOf(long objectionId) {
		return this.jdbc.sql("SELECT publicity_id FROM publicity_objection WHERE id = :id")
			.param("id", objectionId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/** Records the answer unless there already is one. */
	boolean answer(long objectionId, ObjectionOutcome outcome, String reasons, Instant now, String by) {
		return this.jdbc.sql("""
				UPDATE publicity_objection SET outcome = :outcome, reasons = :reasons, answered_at = :now,
				    answered_by = :by
				WHERE id = :id AND outcome IS NULL
				""")
			.param("outcome", outcome.name())
			.param("reasons", reasons)
			.param("now", Sql.time(now))
			.param("by", by)
			.param("id", objectionId)
			.update() == 1;
	}

	void finalise(long publicityId, Instant now, String by) {
		this.jdbc.sql("""
				UPDATE publicity SET status = 'FINAL', finalised_at = :now, finalised_by = :by, version = version + 1
				WHERE id = :id
				""").param("now", Sql.time(now)).param("by", by).param("id", publicityId).update();
	}

	/** The province of the 公示 whose objection carries this file (letter or evidence), if any. */
	List<String> provincesOfObjectionFile(UUID fileId) {
		return this.jdbc.sql("""
				SELECT p.province_code FROM publicity_objection o JOIN publicity p ON p.id = o.publicity_id
				WHERE o.letter_file_id = :file OR o.evidence_file_id = :file
				""").param("file", fileId).query(String.class).list();
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("program_code"), rs.getString("province_code"),
				rs.getString("title"), rs.getString("body_html"), rs.getInt("window_days"),
				Sql.instant(rs, "published_at"), Sql.instant(rs, "closes_at"), "OPEN".equals(rs.getString("status")),
				Sql.instantOrNull(rs, "finalised_at"));
	}

	private ObjectionCase mapObjection(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new ObjectionCase(rs.getLong("id"), rs.getString("receipt"), rs.getLong("entry_id"),
				rs.getString("unit_name"), ObjectionCategory.valueOf(rs.getString("category")),
				ObjectorKind.valueOf(rs.getString("objector_kind")), rs.getString("objector_name"),
				rs.getString("objector_phone"), rs.getString("objector_email"), Sql.uuid(rs, "letter_file_id"),
				rs.getString("content"), Sql.uuid(rs, "evidence_file_id"), Sql.instant(rs, "filed_at"),
				outcome == null ? null : ObjectionOutcome.valueOf(outcome), rs.getString("reasons"),
				Sql.instantOrNull(rs, "answered_at"), rs.getString("answered_by"));
	}

	/** A 公示 row. */
	record Row(long id, String programCode, String provinceCode, String title, String bodyHtml, int windowDays,
			Instant publishedAt, Instant closesAt, boolean open, @Nullable Instant finalisedAt) {
	}

	/** An entry row. */
	record EntryRow(long id, long applicationId, String unitName, String regionCode, int position, boolean listed) {
	}

}
