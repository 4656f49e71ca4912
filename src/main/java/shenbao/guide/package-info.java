/**
 * 申报指南 of a city (Guangdong 地市和区县 manual §4.3.1, SPEC §5): a city publishes a guide for one or more programs
 * of its province (several at once is the manual's 批量编辑 and a combined notice such as 武威市's 2024 one), sets its
 * own application window inside the province's, may restrict applicants to a named list imported from Excel, and
 * decides county review and the county deadline, which stay the review module's city settings (one source of truth).
 * It plugs into the deadline and application modules through their SPIs ({@code CityWindows},
 * {@code StartCondition}, {@code CityNotices}) and must not hold windows or review settings of its own otherwise.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"application", "review", "deadline", "document", "export", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.guide;
