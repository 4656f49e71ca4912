package shenbao.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.application.ApplicationView.Attachment;
import shenbao.document.StoredFile;

/** One stored file per slot of an application; replacing a slot's file replaces the row. */
@Repository
class AttachmentStore {

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(long applicationId, String slot, StoredFile file, Instant now) {
		remove(applicationId, slot);
		this.jdbc.sql("""
				INSERT INTO application_attachment (application_id, slot, stored_file_id, filename, size_bytes, sha256,
				    attached_at)
				VALUES (:application, :slot, :file, :filename, :size, :sha256, :now)
				""")
			.param("application", applicationId)
			.param("slot", slot)
			.param("file", file.id())
			.param("filename", file.filename())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("now", ApplicationStore.time(now))
			.update();
	}

	boolean remove(long applicationId, String slot) {
		return this.jdbc.sql("DELETE FROM application_attachment WHERE application_id = :application AND slot = :slot")
			.param("application", applicationId)
			.param("slot", slot)
			.update() > 0;
	}

	List<Attachment> list(long applicationId) {
		return this.jdbc.sql("SELECT * FROM application_attachment WHERE application_id = :application ORDER BY id")
			.param("application", applicationId)
			.query((rs, row) -> new Attachment(rs.getLong("id"), rs.getString("slot"),
					rs.getObject("stored_file_id", UUID.class), rs.getString("filename"), rs.getLong("size_bytes"),
					rs.getString("sha256"), ApplicationStore.instant(rs, "attached_at")))
			.list();
	}

	Optional<Attachment> find(long applicationId, String slot) {
		return list(applicationId).stream().filter(attachment -> attachment.slot().equals(slot)).findFirst();
	}

}
