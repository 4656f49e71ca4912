package shenbao.application.internal;

import shenbao.application.ApplicationStatus;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;

/** Where a submitted application goes first: the first level of its program's review chain (SPEC §3). */
final class Submission {

	private Submission() {
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
