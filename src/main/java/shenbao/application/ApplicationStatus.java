package shenbao.application;

/** SPEC §3: where an application stands. Only DRAFT and RETURNED may be edited by the applicant. */
public enum ApplicationStatus {

	DRAFT, COUNTY_REVIEW, CITY_REVIEW, PROVINCE_REVIEW, EXPERT_REVIEW, PUBLICITY, RECOGNISED, NOT_RECOGNISED,
	RETURNED, NOT_RECOMMENDED;

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
