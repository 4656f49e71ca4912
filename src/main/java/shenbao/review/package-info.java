/**
 * 审核 (the review chain): county → city → province as each program's data says; 我的待办 per reviewer; decisions
 * (recommend, return, not recommend, recall, batch recommend) with the city's quota; score sheets per level with
 * their visibility and locking; each level's deadline; 推荐函; each city's own settings for its region; the 核查清单 of
 * programs scored by 基本要求; the zip of a filtered list's sealed 申报书 and letters.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "application :: sheet",
				"scoring", "quota", "document", "credit", "deadline", "inbox", "book", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.review;
