/**
 * The public portal (SPEC §6) and the 公示 (SPEC §3, §12). Owns the province's portal items (申报通知, 政策文件,
 * 服务指南, 常见问题) with their sanitised rich text, the bureaus' contacts, and each 公示: its proposed list, the
 * objections filed by the public with the objectors' identity (shown to the province only), the answers and the
 * final 认定名单. It moves applications through {@code ApplicationReviews} (EXPERT_REVIEW → PUBLICITY → RECOGNISED
 * or NOT_RECOGNISED), which writes their 办理记录 and tells each unit; it never writes another module's tables.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "document", "audit",
				"expert", "enterprise" })
@org.jspecify.annotations.NullMarked
package shenbao.portal;
