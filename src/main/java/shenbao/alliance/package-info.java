/**
 * 产业技术创新联盟 (SPEC §7.4, seed 004): the register of recognised alliances — recognised when their formation
 * application ({@code alliance-formation}) is finally 认定, or registered by the province when they predate the
 * platform — each year's assessment ({@code alliance-assessment}, one per alliance and year, filed by the lead unit
 * with the 年度工作总结 of 004 附件4) and the alliance's history year by year. Forms, scoring and review stay in the
 * application, scoring and review modules; this module reads them and never writes their tables.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "scoring", "review",
				"audit" })
@org.jspecify.annotations.NullMarked
package shenbao.alliance;
