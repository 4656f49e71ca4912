package shenbao.application.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;

/**
 * Lets reviewers open, at {@code /files/{id}}, the evidence of applications their region and level cover (the unit
 * that uploaded a file may open it anyway).
 */
@Component
class AttachmentFileAccess implements FileAccess {

	private final JdbcClient jdbc;

	private final ApplicationStore store;

	private final ApplicationScope scope;

	AttachmentFileAccess(JdbcClient jdbc, ApplicationStore store, ApplicationScope scope) {
		this.jdbc = jdbc;
		this.store = store;
		this.scope = scope;
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		return this.jdbc.sql("SELECT DISTINCT application_id FROM application_attachment WHERE stored_file_id = :file")
			.param("file", file.id())
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> this.store.find(id).stream())
			.anyMatch(application -> this.scope.canSee(caller, application));
	}

}
