package shenbao.review.internal;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.SubmissionRouting;
import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;
import shenbao.quota.CityQuotas;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.ReviewSettings;

/**
 * Where submissions go (SPEC §3): to the county unless the program has no county level, the unit sits in a city
 * without counties, or the city switched county review off where the program allows it. A resubmission goes back
 * to the level that returned it; one the province returned needs its place in the city's quota again, and goes to
 * the city when the city has given that place to another application meanwhile.
 */
@Component
class ReviewRouting implements SubmissionRouting {

	private final ReviewSettings settings;

	private final Regions regions;

	private final CityQuotas quotas;

	private final ApplicationReviews applications;

	ReviewRouting(ReviewSettings settings, Regions regions, CityQuotas quotas, ApplicationReviews applications) {
		this.settings = settings;
		this.regions = regions;
		this.quotas = quotas;
		this.applications = applications;
	}

	@Override
	public ApplicationStatus firstLevel(ProgramDefinition program, String regionCode) {
		boolean inCounty = this.regions.find(regionCode).map(Region::isCounty).orElse(false);
		if (!program.chain().hasCounty() || !inCounty
				|| !this.settings.effective(program.code(), city(regionCode)).countyReview()) {
			return program.chain().levels().contains(shenbao.program.ReviewChain.ReviewLevel.CITY)
					? ApplicationStatus.CITY_REVIEW : ApplicationStatus.PROVINCE_REVIEW;
		}
		return ApplicationStatus.COUNTY_REVIEW;
	}

	@Override
	public ApplicationStatus resubmission(Caller applicant, ProgramDefinition program, long applicationId,
			String regionCode, ApplicationStatus returnedFrom) {
		if (returnedFrom == ApplicationStatus.PROVINCE_REVIEW
				&& !this.quotas.tryTake(program.code(), city(regionCode), applicationId)) {
			this.applications.note(applicant, applicationId, "QUOTA_FULL", null);
			return ApplicationStatus.CITY_REVIEW;
		}
		return returnedFrom;
	}

	private String city(String regionCode) {
		return this.regions.cityOf(regionCode).map(Region::code).orElse(regionCode);
	}

}
