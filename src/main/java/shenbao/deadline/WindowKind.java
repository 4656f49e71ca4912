package shenbao.deadline;

/** Which close time an extension moves: applications, the county's and the city's review, recommendation letters. */
public enum WindowKind {

	APPLY, COUNTY, CITY, LETTERS

}
