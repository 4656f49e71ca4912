package shenbao.challenge.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Lets the reviewers who see a selected project (its city, the province) open the PDFs of its progress reports at
 * {@code /files/{id}}; the unit that filed them may anyway.
 */
@Component
class ProgressFileAccess implements FileAccess {

	private final JdbcClient jdbc;

	private final ProgressService progress;

	ProgressFileAccess(JdbcClient jdbc, ProgressService progress) {
		this.jdbc = jdbc;
		this.progress = progress;
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		if (!caller.is(Role.CITY_REVIEWER) && !caller.is(Role.PROVINCE_REVIEWER)) {
			return false;
		}
		var applications = this.jdbc.sql("SELECT DISTINCT application_id FROM challenge_progress WHERE file_id = :file")
			.param("file", file.id())
			.query(Long.class)
			.list();
		return !applications.isEmpty() && this.progress.selected(caller)
			.stream()
			.anyMatch(project -> applications.contains(project.applicationId()));
	}

}
