package shenbao.expert.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import shenbao.expert.ExpertProfile;
import shenbao.expert.internal.AssignmentStore.Assigned;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Whether an expert may open an application: it is assigned to them and they do not conflict with it, checked on
 * every read from what they declared now (a declaration made after the assignment closes the door at once).
 */
@Component
class ExpertAccess {

	private final AssignmentStore assignments;

	private final ExpertDirectory directory;

	private final ConflictRules conflicts;

	ExpertAccess(AssignmentStore assignments, ExpertDirectory directory, ConflictRules conflicts) {
		this.assignments = assignments;
		this.directory = directory;
		this.conflicts = conflicts;
	}

	Optional<Assigned> assignment(Caller caller, long applicationId) {
		if (caller.role() != Role.EXPERT) {
			return Optional.empty();
		}
		return this.assignments.find(applicationId, caller.accountId())
			.filter(assigned -> allowed(this.directory.profile(caller.accountId()), assigned));
	}

	boolean allowed(ExpertProfile expert, Assigned assigned) {
		return this.conflicts.check(expert, assigned.applicant()).isEmpty();
	}

}
