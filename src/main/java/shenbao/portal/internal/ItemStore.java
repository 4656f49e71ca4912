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

import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalItem;

/** The province's portal items in SQL. */
@Repository
class ItemStore {

	private final JdbcClient jdbc;

	ItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PortalItem> list(ItemKind kind, @Nullable String words) {
		String sql = "SELECT * FROM portal_item WHERE kind = :kind";
		if (!Sql.blank(words)) {
			sql += " AND (LOWER(title) LIKE :words ESCAPE '\\' OR LOWER(body_text) LIKE :words ESCAPE '\\')";
		}
		var statement = this.jdbc.sql(sql + " ORDER BY published_at DESC, id DESC").param("kind", kind.name());
		if (!Sql.blank(words)) {
			statement = statement.param("words", Sql.contains(words));
		}
		return statement.query(this::map).list();
	}

	Optional<PortalItem> find(long id) {
		return this.jdbc.sql("SELECT * FROM portal_item WHERE id = :id").param("id", id).query(this::map).optional();
	}

	long insert(ItemKind kind, String title, String html, String text, @Nullable NoticeField field,
			@Nullable NoticeType type, @Nullable String programCode, @Nullable String tags, Instant now, String by) {
		// a generated key rather than RETURNING, which H2 (the embedded default) does not know
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO portal_item (kind, title, body_html, body_text, field, notice_type, program_code, tags,
				    published_at, updated_at, updated_by, version)
				VALUES (:kind, :title, :html, :text, :field, :type, :program, :tags, :now, :now, :by, 0)
				""")
			.param("kind", kind.name())
			.param("title", title)
			.param("html", html)
			.param("text", text)
			.param("field", field == null ? null : field.name())
			.param("type", type == null ? null : type.name())
			.param("program", programCode)
			.param("tags", tags)
			.param("now", Sql.time(now))
			.param("by", by)
			.update(key, "id");
		return Objects.requireNonNull(key.getKey(), "a generated id").longValue();
	}

	/** Saves when the version is still {@code version}; false when someone saved first. */
	boolean update(long id, long version, String title, String html, String text, @Nullable NoticeField field,
			@Nullable NoticeType type, @Nullable String programCode, @Nullable String tags, Instant now, String by) {
		return this.jdbc.sql("""
				UPDATE portal_item SET title = :title, body_html = :html, body_text = :text, field = :field,
				    notice_type = :type, program_code = :program, tags = :tags, updated_at = :now, updated_by = :by,
				    version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("title", title)
			.param("html", html)
			.param("text", text)
			.param("field", field == null ? null : field.name())
			.param("type", type == null ? null : type.name())
			.param("program", programCode)
			.param("tags", tags)
			.param("now", Sql.time(now))
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void attachFile(long id, UUID fileId, String filename, Instant now, String by) {
		this.jdbc.sql("""
				UPDATE portal_item SET file_id = :file, filename = :filename, updated_at = :now, updated_by = :by,
				    version = version + 1
				WHERE id = :id
				""")
			.param("file", fileId)
			.param("filename", filename)
			.param("now", Sql.time(now))
			.param("by", by)
			.param("id", id)
			.update();
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM portal_item WHERE id = :id").param("id", id).update() == 1;
	}

	boolean isGuideFile(UUID fileId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM portal_item WHERE kind = 'GUIDE' AND file_id = :file")
			.param("file", fileId)
			.query(Long.class)
			.single() > 0;
	}

	private PortalItem map(ResultSet rs, int row) throws SQLException {
		String field = rs.getString("field");
		String type = rs.getString("notice_type");
		return new PortalItem(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("body_html"), rs.getString("body_text"), field == null ? null : NoticeField.valueOf(field),
				type == null ? null : NoticeType.valueOf(type), rs.getString("program_code"), Sql.uuid(rs, "file_id"),
				rs.getString("filename"), Sql.instant(rs, "published_at"), Sql.instant(rs, "updated_at"),
				rs.getString("updated_by"), rs.getLong("version"), tags(rs.getString("tags")));
	}

	/** The stored tags: comma-separated, none for null. */
	private static java.util.List<String> tags(@Nullable String stored) {
		return stored == null || stored.isBlank() ? java.util.List.of() : java.util.List.of(stored.split(","));
	}

}
