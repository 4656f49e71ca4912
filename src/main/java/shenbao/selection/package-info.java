/**
 * 已入选名单 (past selections): the units a program's earlier batches selected, which may not apply again (seed 002
 * 附件6, 智能制造生态合作伙伴 batches 1-3). Seeded with the seed's 惠州 units; the province, or a city for its own
 * region, imports more from Excel. Refuses such a unit through the application module's {@code StartCondition} (at
 * start, and beside the program in 我要申报) and {@code ApplicationGuard} (at submission).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.selection;
