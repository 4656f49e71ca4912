/**
 * 数据看板 (issue 7 point 6): figures over a reviewer's scope, for the province, a city or a county: applications per
 * program, status and region, quota use per city, self-score distributions, the distributions of the totals each
 * review level gave (as far as the caller may see them; the experts' means for the province) and the deadlines in
 * force; also as JSON ({@code /api/v1/dashboard}). Read-only;
 * every figure comes from the owning module's facade, in the caller's scope, so a city's board covers its region only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "quota", "review", "expert", "deadline" })
@org.jspecify.annotations.NullMarked
package shenbao.dashboard;
