package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.program.ProgramDefinition;
import shenbao.program.Section;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.scores;

/** 产业技术创新联盟年度考核 (seed 004 附件3 考核指标体系, 附件4 年度工作总结提纲) scored on a full example. */
@ExtendWith(ChineseMessages.class)
class AllianceAssessmentScoringTests {

	private static final String CODE = "alliance-assessment";

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * mgmt_system              比较完善                                                     → 6
	 * midlong_goals            良好                                                         → 6
	 * rd_investment_3y         1000 万元: band 1000-1300 (on the edge)                      → 10
	 * research_projects        provincial_or_above 1 × 2                                    → 2
	 * sci_awards               social 3 × 1                                                 → 3
	 * ip_granted               invention 2 × 5 = 10                                         → 10
	 * standards_3y             1 × 4 + 2 × 3 + 1 × 3 + 1 × 3 + 2 × 1 = 18, max 16            → 16
	 * problems_solved          6 × 1                                                        → 6
	 * training_qualifications  1 × 2                                                        → 2
	 * platforms                provincial 3 × 1                                             → 3
	 * economic_benefit         1500 万元: 4 + 2 × floor((1500 − 500) / 500) = 8 (on a step)  → 8
	 * base  = 6+6+10+2+3+10+16+6+2+3+8 = 72
	 * high_talent              academician                                                  → 5
	 * featured_work            no                                                           → 0
	 * assigned_tasks           1 × 2                                                        → 2
	 * national_award           yes                                                          → 4
	 * bonus = 11;  total = 83;  formed: passed
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score(CODE, fullExample());

		assertThat(scores(sheet)).containsExactly(entry("mgmt_system", "6"), entry("midlong_goals", "6"),
				entry("rd_investment_3y", "10"), entry("research_projects", "2"), entry("sci_awards", "3"),
				entry("ip_granted", "10"), entry("standards_3y", "16"), entry("problems_solved", "6"),
				entry("training_qualifications", "2"), entry("platforms", "3"), entry("economic_benefit", "8"),
				entry("high_talent", "5"), entry("featured_work", "0"), entry("assigned_tasks", "2"),
				entry("national_award", "4"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("72");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("11");
		assertThat(sheet.total()).isEqualByComparingTo("83");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactly("formed");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed);
	}

	@Test
	void maximaAddUpToOneHundredPlusTwentyOneBonus() {
		ScoreSheet sheet = this.scoring.score(CODE, Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("21");
	}

	@Test
	void everyMaximumCanBeReached() {
		Map<String, Object> values = fullExample();
		values.put("mgmt_system", "很完善");
		values.put("rd_investment_3y", 1600);
		values.put("research_projects", Map.of("provincial_or_above", 2));
		values.put("sci_awards", Map.of("provincial_ministerial", 2));
		values.put("training_qualifications", 3);
		values.put("platforms", Map.of("national", 2, "provincial", 1));
		values.put("economic_benefit", 2500);
		values.put("featured_work", true);
		values.put("assigned_tasks", 3);
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(sheet.indicators()).allSatisfy(i -> assertThat(i.score()).isEqualByComparingTo(i.max()));
		assertThat(sheet.total()).isEqualByComparingTo("121");
	}

	/** 年经济效益达到500万元得4分，每增长500万元，加2分，累计不超过12分. */
	@ParameterizedTest(name = "economic_benefit {0} → {1}")
	@CsvSource({ "0, 0", "499.99, 0", "500, 4", "999.99, 4", "1000, 6", "1499.99, 6", "2000, 10", "2499.99, 10",
			"2500, 12", "3000, 12", "100000, 12" })
	void theEconomicBenefitStartsAtFourAndAddsTwo(BigDecimal value, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of("economic_benefit", value))))
			.containsEntry("economic_benefit", expected);
	}

	@ParameterizedTest(name = "rd_investment_3y {0} → {1}")
	@CsvSource({ "999.99, 0", "1000, 10", "1299.99, 10", "1300, 16", "1599.99, 16", "1600, 22", "5000, 22" })
	void theThreeYearInvestmentBands(BigDecimal value, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of("rd_investment_3y", value))))
			.containsEntry("rd_investment_3y", expected);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "mgmt_system, 很完善, 9", "mgmt_system, 比较完善, 6", "mgmt_system, 基本完善, 3", "mgmt_system, 不完善, 0",
			"midlong_goals, 良好, 6", "midlong_goals, 比较良好, 4", "midlong_goals, 基本完成, 2", "midlong_goals, 未完成, 0" })
	void qualitativeLevelsOfTheAssessmentTable(String key, String level, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of(key, level)))).containsEntry(key, expected);
	}

	@Test
	void standardsWeighFourThreeAndOne() {
		assertThat(scores(this.scoring.score(CODE,
				Map.of("standards_3y", Map.of("intl", 1, "national", 1, "industry", 1, "group", 1)))))
			.containsEntry("standards_3y", "13");
		assertThat(scores(this.scoring.score(CODE, Map.of("standards_3y", Map.of("enterprise", 3)))))
			.containsEntry("standards_3y", "3");
	}

	@Test
	void anAllianceNotYetFormedIsWarnedNotRefused() {
		Map<String, Object> values = fullExample();
		values.put("formed", false);
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligible()).isTrue();
		EligibilityResult formed = sheet.eligibility().getFirst();
		assertThat(formed.passed()).isFalse();
		assertThat(formed.blocking()).isFalse();
		assertThat(formed.message()).contains("已组建的甘肃省产业技术创新联盟");
	}

	@Test
	void theFiveSummaryPartsAreSectionsOfTheForm() {
		ProgramDefinition program = new BundledPrograms().get(CODE);
		assertThat(program.sections()).extracting(Section::title)
			.contains("一、产业联盟牵头单位情况", "二、当年工作开展情况", "三、取得的工作成效", "四、下一年度工作计划",
					"五、存在的主要困难问题及有关意见建议");
		assertThat(program.attachmentSlots()).anySatisfy(slot -> assertThat(slot.key()).isEqualTo("annual_summary"));
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("alliance_name", "甘肃省有色金属新材料产业技术创新联盟");
		values.put("lead_unit", "金川新材料有限公司");
		values.put("formed", true);
		values.put("formation_document", "甘工信发〔2021〕12号");
		values.put("contact_name", "赵亮");
		values.put("contact_phone", "0935-8888888");
		values.put("mgmt_system", "比较完善");
		values.put("midlong_goals", "良好");
		values.put("rd_investment_3y", 1000);
		values.put("research_projects", Map.of("provincial_or_above", 1));
		values.put("sci_awards", Map.of("social", 3));
		values.put("ip_granted", Map.of("invention", 2));
		values.put("standards_3y", Map.of("intl", 1, "national", 2, "industry", 1, "group", 1, "enterprise", 2));
		values.put("problems_solved", 6);
		values.put("training_qualifications", 1);
		values.put("platforms", Map.of("provincial", 3));
		values.put("economic_benefit", 1500);
		values.put("high_talent", Map.of("academician", true));
		values.put("featured_work", false);
		values.put("assigned_tasks", 1);
		values.put("national_award", true);
		values.put("summary_lead_unit", "牵头单位经营稳定，研发投入持续增长。");
		values.put("summary_work", "开展镍钴新材料共性关键技术研发推广。");
		values.put("summary_results", "解决共性技术难题6项，主持制定国际标准1项。");
		values.put("summary_next_year", "推进高纯金属材料中试。");
		values.put("summary_problems", "中试平台资金不足。");
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

}
