/**
 * 审核 (the review chain): county → city → province as each program's data says; 我的待办 per reviewer; decisions
 * (recommend, return, not recommend, recall, batch recommend) with the city's quota; score sheets per level with
 * their visibility and locking; each level's deadline; 推荐函; each city's own settings for its region.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "application :: sheet",
				"scoring", "quota", "document", "credit", "deadline", "inbox" })
@org.jspecify.annotations.NullMarked
package shenbao.review;
