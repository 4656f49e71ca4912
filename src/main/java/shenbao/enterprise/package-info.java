/**
 * 企业管理 (SPEC §5, Guangdong manual §4.3.4): reviewers list the units of their region with 所在市/区, credit code,
 * 所属行业, contact, 成立日期, 历史扶持项目数, 失信情况 and 企业标签, and open a unit's 企业画像 (profile, users,
 * attachment library, every application and its result). The province and the cities give units their tags, which
 * the unit sees on its workbench and the portal uses to recommend 政策文件 (manual §3.1.1.4).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "credit", "document",
				"audit" })
@org.jspecify.annotations.NullMarked
package shenbao.enterprise;
