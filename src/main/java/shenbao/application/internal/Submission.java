package shenbao.application.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationStatus;
import shenbao.application.SubmissionRouting;
import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * Where a submitted application goes (SPEC §3): asks the review module's {@link SubmissionRouting}; without one, the
 * first level of the program's chain, and a returned application goes back to the level that returned it.
 */
@Component
class Submission {

	private final ObjectProvider<SubmissionRouting> routing;

	Submission(ObjectProvider<SubmissionRouting> routing) {
		this.routing = routing;
	}

	ApplicationStatus next(Caller applicant, ProgramDefinition program, ApplicationRecord application) {
		SubmissionRouting routing = this.routing.getIfAvailable();
		ApplicationStatus returnedFrom = application.status() == ApplicationStatus.RETURNED ? application.resubmitTo()
				: null;
		if (returnedFrom != null) {
			return routing == null ? returnedFrom
					: routing.resubmission(applicant, program, application.id(), application.regionCode(), returnedFrom);
		}
		return routing == null ? firstLevel(program) : routing.firstLevel(program, application.regionCode());
	}

	static ApplicationStatus firstLevel(ProgramDefinition program) {
		ReviewLevel first = program.chain().levels().getFirst();
		return switch (first) {
			case COUNTY -> ApplicationStatus.COUNTY_REVIEW;
			case CITY -> ApplicationStatus.CITY_REVIEW;
			case PROVINCE -> ApplicationStatus.PROVINCE_REVIEW;
			case EXPERT -> ApplicationStatus.EXPERT_REVIEW;
		};
	}

}
