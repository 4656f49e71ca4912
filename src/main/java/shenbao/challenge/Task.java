package shenbao.challenge;

/** One task of a year's 榜单. */
public record Task(long id, int year, String code, String field, String kind, String title, String content,
		String targetIndicators, String timeLimit, long version) {
}
