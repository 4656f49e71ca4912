package shenbao.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.platform.Platform;

/** The {@code library_item} rows, always read with their stored file and always within one unit. */
@Repository
class LibraryItems {

	private static final String SELECT = "SELECT i.id, i.unit_id, i.kind, i.title, i.created_at, " + StoredFiles.COLUMNS
			+ " FROM library_item i JOIN stored_file f ON f.id = i.stored_file_id";

	private final JdbcClient jdbc;

	LibraryItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, LibraryKind kind, String title, UUID storedFileId, Instant createdAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO library_item (unit_id, kind, title, stored_file_id, created_at)
				VALUES (:unitId, :kind, :title, :file, :createdAt)
				""")
			.param("unitId", unitId)
			.param("kind", kind.name())
			.param("title", title)
			.param("file", storedFileId)
			.param("createdAt", OffsetDateTime.ofInstant(createdAt, Platform.ZONE), Types.TIMESTAMP_WITH_TIMEZONE)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	List<LibraryItem> list(long unitId) {
		return this.jdbc.sql(SELECT + " WHERE i.unit_id = :unitId ORDER BY i.created_at DESC, i.id DESC")
			.param("unitId", unitId)
			.query((rs, row) -> item(rs))
			.list();
	}

	Optional<LibraryItem> find(long unitId, long itemId) {
		return this.jdbc.sql(SELECT + " WHERE i.id = :id AND i.unit_id = :unitId")
			.param("id", itemId)
			.param("unitId", unitId)
			.query((rs, row) -> item(rs))
			.optional();
	}

	boolean delete(long unitId, long itemId) {
		return this.jdbc.sql("DELETE FROM library_item WHERE id = :id AND unit_id = :unitId")
			.param("id", itemId)
			.param("unitId", unitId)
			.update() == 1;
	}

	private static LibraryItem item(ResultSet rs) throws SQLException {
		return new LibraryItem(rs.getLong("id"), rs.getLong("unit_id"), LibraryKind.valueOf(rs.getString("kind")),
				rs.getString("title"), StoredFiles.storedFile(rs),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
