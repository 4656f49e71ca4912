package shenbao.review;

/** Where a return sends the application: to its unit (退回申报单位), or from the city to the county, or from the province to the city. */
public enum ReturnTarget {

	APPLICANT, COUNTY, CITY

}
