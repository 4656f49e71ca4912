/**
 * 汇总表 (summary sheets) as streaming Excel: one row per application of the caller's scope with the unit's contact,
 * status, self-scores and the level scores the caller may see, quota use and totals; the seed's layout where the
 * seed gives one (Guangdong 推荐汇总表). Long exports run as jobs that report their progress. Every download is
 * recorded in the audit trail. Reads other modules through their facades only and changes nothing in them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "review", "quota", "document", "audit", "filing", "expert" })
@org.jspecify.annotations.NullMarked
package shenbao.export;
