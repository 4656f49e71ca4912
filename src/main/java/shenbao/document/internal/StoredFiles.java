package shenbao.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.document.StoredFile;
import shenbao.platform.Platform;

/** The {@code stored_file} rows: what was stored, and under which storage key. */
@Repository
class StoredFiles {

	/** Aliased, so that a join with another table's {@code id} and {@code unit_id} stays unambiguous. */
	static final String COLUMNS = "f.id AS file_id, f.storage_key, f.filename, f.size_bytes, f.sha256, "
			+ "f.content_type, f.unit_id AS file_unit_id, f.stored_at";

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PdfIntake.ReceivedFile file, @Nullable Long unitId) {
		this.jdbc.sql("""
				INSERT INTO stored_file (id, storage_key, filename, size_bytes, sha256, content_type, unit_id, stored_at)
				VALUES (:id, :key, :filename, :size, :sha256, :contentType, :unitId, :storedAt)
				""")
			.param("id", file.id())
			.param("key", file.storageKey())
			.param("filename", file.filename())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("contentType", file.contentType())
			.param("unitId", unitId, Types.BIGINT)
			.param("storedAt", OffsetDateTime.ofInstant(file.storedAt(), Platform.ZONE), Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
	}

	Optional<Entry> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stored_file f WHERE f.id = :id")
			.param("id", id)
			.query((rs, row) -> new Entry(storedFile(rs), rs.getString("storage_key")))
			.optional();
	}

	/** Reads the {@link #COLUMNS} of the current row. */
	static StoredFile storedFile(ResultSet rs) throws SQLException {
		return new StoredFile(rs.getObject("file_id", UUID.class), rs.getString("filename"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("content_type"),
				rs.getObject("stored_at", OffsetDateTime.class).toInstant(), rs.getObject("file_unit_id", Long.class));
	}

	/** A stored file and where its bytes are. */
	record Entry(StoredFile file, String storageKey) {
	}

}
