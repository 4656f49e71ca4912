/**
 * 产业科技创新揭榜挂帅 (SPEC §7.5, seed 003): the scheme's validity as data, the province's yearly 榜单 (editable until
 * published), the consortium behind each application (participants confirm from their own account; a unit appears in
 * one application per year, held by a database key), progress reports of the selected units and the cities' yearly
 * region reports due 12 月 10 日 with reminders and an overdue list, and the 验收 verdicts with the published
 * 攻关成功单位名单. The form, the city recommendation, the expert review and the 揭榜单位名单 (a portal 公示 and
 * 认定名单) are the platform's own; this module joins the applicant's steps through
 * {@link shenbao.application.ApplicationGuard}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "portal", "document", "audit", "inbox" })
@org.jspecify.annotations.NullMarked
package shenbao.challenge;
