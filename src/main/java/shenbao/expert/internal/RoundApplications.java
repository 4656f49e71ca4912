package shenbao.expert.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;

/**
 * The applications of a program waiting in expert review, read through the province reviewer's own scope, each with
 * what the conflict checks need (the unit's credit code from its profile).
 */
@Component
class RoundApplications {

	private final ApplicationReviews reviews;

	private final Units units;

	RoundApplications(ApplicationReviews reviews, Units units) {
		this.reviews = reviews;
		this.units = units;
	}

	List<Waiting> waiting(Caller province, String programCode) {
		List<Waiting> waiting = new ArrayList<>();
		for (int page = 0;; page++) {
			ApplicationPage found = this.reviews.search(province, new ApplicationQuery(programCode,
					Set.of(ApplicationStatus.EXPERT_REVIEW), null, null, page, ApplicationQuery.MAX_SIZE));
			for (ApplicationSummary summary : found.items()) {
				waiting.add(new Waiting(summary, applicant(summary)));
			}
			if (page + 1 >= found.pages()) {
				break;
			}
		}
		waiting.sort(java.util.Comparator.comparingLong(candidate -> candidate.summary().id()));
		return waiting;
	}

	private Applicant applicant(ApplicationSummary summary) {
		String creditCode = this.units.find(summary.unitId())
			.map(UnitProfile::creditCode)
			.map(shenbao.identity.CreditCode::value)
			.orElse(null);
		return new Applicant(summary.id(), summary.unitName(), creditCode, summary.regionCode());
	}

	/** An application in expert review and its applicant. */
	record Waiting(ApplicationSummary summary, Applicant applicant) {

		long id() {
			return this.summary.id();
		}

	}

}
