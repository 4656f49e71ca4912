package shenbao.expert.internal;

import org.springframework.stereotype.Component;

import shenbao.application.Applications;
import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Lets an expert open, at {@code /files/{id}}, the evidence of the applications assigned to them (and not
 * conflicted): the file must be attached to one of them, as the application module reports it.
 */
@Component
class AssignedFileAccess implements FileAccess {

	private final AssignmentStore assignments;

	private final ExpertAccess access;

	private final Applications applications;

	AssignedFileAccess(AssignmentStore assignments, ExpertAccess access, Applications applications) {
		this.assignments = assignments;
		this.access = access;
		this.applications = applications;
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		if (caller.role() != Role.EXPERT) {
			return false;
		}
		return this.assignments.ofExpert(caller.accountId())
			.stream()
			.filter(assigned -> this.access.assignment(caller, assigned.applicationId()).isPresent())
			.anyMatch(assigned -> this.applications.get(caller, assigned.applicationId())
				.attachments()
				.stream()
				.anyMatch(attachment -> attachment.fileId().equals(file.id())));
	}

}
