package shenbao.expert.internal;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReadGrant;
import shenbao.identity.Caller;

/** Opens an application for reading ({@code Applications.get}) to the experts it is assigned to, unless conflicted. */
@Component
class AssignedReadGrant implements ApplicationReadGrant {

	private final ExpertAccess access;

	AssignedReadGrant(ExpertAccess access) {
		this.access = access;
	}

	@Override
	public boolean mayRead(Caller caller, long applicationId) {
		return this.access.assignment(caller, applicationId).isPresent();
	}

}
