/**
 * What a county files with its recommendations for a program (seed 002 惠市工信〔2024〕118号 二、（二） and 三、（一）):
 * the 推荐优先顺序 of its recommended applications, which the city and province read and the 推荐汇总表 follows, and
 * the 生态合作伙伴供需汇总表. Reads applications through the application module's reviewer facade; changes none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.filing;
