package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.check;
import static shenbao.scoring.internal.BundledPrograms.program;
import static shenbao.scoring.internal.BundledPrograms.scores;

/** 行业技术中心 2024 (seed 001 附件2 甘肃省行业技术中心自评表) scored on a full example worked out by hand. */
@ExtendWith(ChineseMessages.class)
class Itc2024ScoringTests {

	private static final String CODE = "itc-2024";

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * org_structure               比较完善                                                   → 2
	 * mgmt_system                 很完善                                                     → 3
	 * midlong_plan                基本完成                                                   → 1
	 * rd_equipment_value          1100 (edge of 1100-1300)                                   → 4
	 * fulltime_rd_staff           68 in 60-70                                                → 2
	 * senior_title_staff          3 × 1                                                      → 3
	 * rd_investment_year          700 (edge of 700-800)                                      → 5
	 * rd_investment_3y            1950 ≥ 1600                                                → 3
	 * research_projects           provincial_or_above 1 × 2 + department 1 × 1 = 3           → 3
	 * sci_awards                  provincial_ministerial 1 × 2 + social 1 × 1 = 3            → 3
	 * ip_granted                  invention 1 × 3 + utility 2 × 1 + other 2 × 1 = 7, max 6   → 6
	 * standards_3y                national_part 1 × 3 + local_lead 1 × 4 + group_part 2 × 1
	 *                             + enterprise 1 × 1 = 10                                    → 10
	 * industry_report             良好                                                       → 5
	 * periodicals                 6 × 1 = 6, max 4                                           → 4
	 * trainings_50plus            3 × 1                                                      → 3
	 * problems_solved             4 × 2                                                      → 8
	 * service_revenue             650 in 500-700                                             → 3
	 * new_product_sales_generated 2400: 1 + floor((2400 − 500) / 500) = 4                    → 4
	 * base  = 2+3+1+4+2+3+5+3+3+3+6+10+5+4+3+8+3+4 = 72
	 * bonus = featured_breakthrough yes 10
	 *       + high_talent national yes 3 + provincial 3 × 1 = 6, max 5 = 5
	 *       + assigned_tasks 2 × 2 = 4
	 *       + national_award yes 4                                   = 23;  total = 95
	 * eligibility: 骨干企业; 1100 ≥ 1000; 600/650/700 each ≥ 500; 68 ≥ 50; 41 × 100 / 68 = 60.29% ≥ 60%;
	 *              12 ≥ 10; releases 2/3/4 each ≥ 2; events 3/4/5 each ≥ 3; trainees 50/120/80 each ≥ 50; 3 ≥ 3
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score(CODE, fullExample());

		assertThat(scores(sheet)).containsExactly(entry("org_structure", "2"), entry("mgmt_system", "3"),
				entry("midlong_plan", "1"), entry("rd_equipment_value", "4"), entry("fulltime_rd_staff", "2"),
				entry("senior_title_staff", "3"), entry("rd_investment_year", "5"), entry("rd_investment_3y", "3"),
				entry("research_projects", "3"), entry("sci_awards", "3"), entry("ip_granted", "6"),
				entry("standards_3y", "10"), entry("industry_report", "5"), entry("periodicals", "4"),
				entry("trainings_50plus", "3"), entry("problems_solved", "8"), entry("service_revenue", "3"),
				entry("new_product_sales_generated", "4"), entry("featured_breakthrough", "10"),
				entry("high_talent", "5"), entry("assigned_tasks", "4"), entry("national_award", "4"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("72");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("23");
		assertThat(sheet.total()).isEqualByComparingTo("95");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.containsExactly("main_body_type", "rd_equipment_value", "rd_investment_by_year", "fulltime_rd_staff",
					"mid_senior_title_staff", "applied_results_3y", "info_releases_by_year", "exchange_events_by_year",
					"trainees_by_year", "converted_results_3y");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed).allMatch(EligibilityResult::blocking);
		assertThat(check(sheet, "mid_senior_title_staff").message()).endsWith("（填报值 60.29%）");
	}

	@Test
	void maximaAddUpToOneHundredPlusTwentyFiveBonus() {
		assertMaxima(this.scoring.score(CODE, Map.of()));
	}

	static void assertMaxima(ScoreSheet sheet) {
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("25");
		assertThat(sheet.indicators()).filteredOn(IndicatorScore::bonus).extracting(IndicatorScore::key)
			.containsExactly("featured_breakthrough", "high_talent", "assigned_tasks", "national_award");
		assertThat(sheet.indicators()).hasSize(22);
		assertThat(sheet.missing()).hasSize(22);
	}

	@Test
	void qualitativeLevelsScoreTheirPointsAndUnknownTextsAreRefused() {
		assertThat(scoreOf("org_structure", "很完善")).isEqualTo("3");
		assertThat(scoreOf("org_structure", "基本完善")).isEqualTo("1");
		assertThat(scoreOf("mgmt_system", "比较完善")).isEqualTo("2");
		assertThat(scoreOf("mgmt_system", "不完善")).isEqualTo("0");
		assertThat(scoreOf("midlong_plan", "良好")).isEqualTo("3");
		assertThat(scoreOf("midlong_plan", "比较良好")).isEqualTo("2");
		assertThat(scoreOf("midlong_plan", "未完成")).isEqualTo("0");
		assertThat(scoreOf("industry_report", "优秀")).isEqualTo("8");
		assertThat(scoreOf("industry_report", "合格")).isEqualTo("3");
		assertThat(scoreOf("industry_report", "未完成")).isEqualTo("0");

		ProgramDefinition program = program(CODE);
		assertThat(program.field("industry_report").orElseThrow().options()).containsExactly("优秀", "良好", "合格", "未完成");
		assertThat(program.field("org_structure").orElseThrow().type()).isEqualTo(FieldType.LEVEL);
		assertThat(program.field("org_structure").orElseThrow().options()).containsExactly("很完善", "比较完善", "基本完善", "不完善");
		assertThat(program.field("midlong_plan").orElseThrow().options()).containsExactly("良好", "比较良好", "基本完成", "未完成");

		Map<String, Object> values = fullExample();
		values.put("midlong_plan", "很完善");
		values.put("industry_report", "不合格");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score(CODE, values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("midlong_plan", "industry_report"));
	}

	/** SPEC §7: a band "A-B" is A ≤ v < B; "700-900万得1分，700万以下得0分" gives 700 → 1. */
	@Test
	void bandsIncludeTheirLowerEdge() {
		assertBands("rd_equipment_value", "699.99", "0", "700", "1", "899.99", "1", "900", "3", "1099.99", "3",
				"1299.99", "4", "1300", "5", "5000", "5");
		assertBands("fulltime_rd_staff", "49", "0", "50", "1", "59", "1", "60", "2", "69", "2", "70", "3");
		assertBands("rd_investment_year", "299.99", "0", "300", "1", "400", "2", "500", "3", "600", "4", "799.99", "5",
				"800", "6");
		assertBands("rd_investment_3y", "999.99", "0", "1000", "1", "1300", "2", "1599.99", "2", "1600", "3");
		assertBands("service_revenue", "0", "1", "299.99", "1", "300", "2", "500", "3", "700", "4", "900", "5",
				"999.99", "5", "1000", "6");
	}

	@Test
	void newProductSalesEarnOnePointPerFullFiveHundred() {
		assertBands("new_product_sales_generated", "499.99", "0", "500", "1", "999.99", "1", "1000", "2", "4999", "9",
				"5000", "10", "20000", "10");
	}

	@Test
	void perItemIndicatorsAreCappedAtTheirMaxima() {
		assertThat(scoreOf("senior_title_staff", 9)).isEqualTo("5");
		assertThat(scoreOf("problems_solved", 5)).isEqualTo("10");
		assertThat(scoreOf("problems_solved", 6)).isEqualTo("10");
		assertThat(scoreOf("trainings_50plus", 8)).isEqualTo("5");
		assertThat(scoreOf("assigned_tasks", 3)).isEqualTo("6");
		assertThat(scoreOf("assigned_tasks", 4)).isEqualTo("6");
		assertThat(scoreOf("research_projects", Map.of("provincial_or_above", 2, "department", 1))).isEqualTo("4");
		assertThat(scoreOf("sci_awards", Map.of("social", 3))).isEqualTo("3");
		assertThat(scoreOf("standards_3y", Map.of("intl_lead", 1))).isEqualTo("12");
		assertThat(scoreOf("standards_3y", Map.of("intl_part", 1, "industry_lead", 1, "industry_part", 1)))
			.isEqualTo("12");
		assertThat(scoreOf("standards_3y", Map.of("national_lead", 1, "local_part", 1, "group_lead", 1)))
			.isEqualTo("10");
	}

	/** SPEC §7.2 Reading: 院士 5 + 国家级人才 3 + 1 per 省领军人才, added and capped at 5. */
	@Test
	void highTalentIsAddedAndCappedAtFive() {
		assertThat(scoreOf("high_talent", Map.of("provincial", 2))).isEqualTo("2");
		assertThat(scoreOf("high_talent", Map.of("national", true))).isEqualTo("3");
		assertThat(scoreOf("high_talent", Map.of("national", true, "provincial", 1))).isEqualTo("4");
		assertThat(scoreOf("high_talent", Map.of("academician", true))).isEqualTo("5");
		assertThat(scoreOf("high_talent", Map.of("academician", true, "national", true, "provincial", 2)))
			.isEqualTo("5");
		assertThat(scoreOf("high_talent", Map.of("academician", false, "national", false, "provincial", 0)))
			.isEqualTo("0");
		assertThat(scoreOf("high_talent", Map.of("provincial", 7))).isEqualTo("5");
	}

	@Test
	void flagsEarnTheirPointsOnlyWhenTrue() {
		Map<String, Object> values = fullExample();
		values.put("featured_breakthrough", false);
		values.put("national_award", false);
		values.remove("assigned_tasks");
		values.remove("high_talent");
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(scores(sheet)).containsEntry("featured_breakthrough", "0").containsEntry("national_award", "0");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("0");
		assertThat(sheet.total()).isEqualByComparingTo("72");
		assertThat(sheet.missing()).containsExactly("high_talent", "assigned_tasks");
	}

	@Test
	void everyYearMustReachItsBound() {
		Map<String, Object> values = fullExample();
		values.put("rd_investment_by_year", Map.of("y2021", new BigDecimal("499.99"), "y2022", 900, "y2023", 900));
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "rd_investment_by_year").message())
			.isEqualTo("不符合：近三年每年技术开发投入500万元以上（填报值 499.99）");

		values = fullExample();
		values.put("trainees_by_year", Map.of("y2021", 200, "y2022", 49, "y2023", 200));
		values.put("info_releases_by_year", Map.of("y2021", 1, "y2022", 5, "y2023", 5));
		values.put("exchange_events_by_year", Map.of("y2021", 2, "y2022", 9, "y2023", 9));
		sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligibility()).filteredOn(result -> !result.passed()).extracting(EligibilityResult::key)
			.containsExactly("info_releases_by_year", "exchange_events_by_year", "trainees_by_year");
		assertThat(sheet.total()).isEqualByComparingTo("95");
	}

	@Test
	void mainBodyAndStaffConditions() {
		Map<String, Object> values = fullExample();
		values.put("main_body_type", "研发机构");
		values.put("fulltime_rd_staff", 50);
		values.put("mid_senior_title_staff", 30);
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligible()).isTrue();
		assertThat(check(sheet, "mid_senior_title_staff").message()).endsWith("（填报值 60%）");

		values.put("main_body_type", "其他");
		values.put("mid_senior_title_staff", 29);
		values.put("rd_equipment_value", new BigDecimal("999.99"));
		values.put("applied_results_3y", 9);
		values.put("converted_results_3y", 2);
		sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "main_body_type").message())
			.isEqualTo("不符合：主体单位为省内相关行业的骨干企业或研发机构（填报值 其他）");
		assertThat(sheet.eligibility()).filteredOn(result -> !result.passed()).extracting(EligibilityResult::key)
			.containsExactly("main_body_type", "rd_equipment_value", "mid_senior_title_staff", "applied_results_3y",
					"converted_results_3y");

		values.put("fulltime_rd_staff", 49);
		assertThat(check(this.scoring.score(CODE, values), "fulltime_rd_staff").passed()).isFalse();
	}

	@Test
	void partnersAreRowsWithNameCreditCodeAndType() {
		Map<String, Object> values = fullExample();
		values.remove("partners");
		assertThat(this.scoring.score(CODE, values).total()).isEqualByComparingTo("95");

		values.put("partners", List.of(Map.of("name", "兰州理工大学", "capital", 100)));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score(CODE, values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("partners[0].capital"));
		assertThat(program(CODE).field("partners").orElseThrow().columns()).extracting(column -> column.key())
			.containsExactly("name", "credit_code", "type");
	}

	@Test
	void windowsAndChainFollowThe2024Notice() {
		ProgramDefinition program = program(CODE);
		assertThat(program.windows().apply().opens()).isEqualTo(LocalDateTime.parse("2024-03-21T00:00"));
		assertThat(program.windows().countyCloses()).isEqualTo(LocalDateTime.parse("2024-04-21T00:00"));
		assertThat(program.chain().levels()).containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE);
		assertThat(program.quotas().forCity("620600")).isEmpty();
		assertThat(program.attachmentSlots()).extracting(slot -> slot.label())
			.contains("申请报告", "自评表（附件2 甘肃省行业技术中心自评表）", "年为企业解决技术难题数（佐证资料）");
	}

	private void assertBands(String key, String... valuesAndScores) {
		for (int index = 0; index < valuesAndScores.length; index += 2) {
			assertThat(scoreOf(key, new BigDecimal(valuesAndScores[index])))
				.as("%s = %s", key, valuesAndScores[index])
				.isEqualTo(valuesAndScores[index + 1]);
		}
	}

	private String scoreOf(String key, Object value) {
		Map<String, Object> values = fullExample();
		values.put(key, value);
		return scores(this.scoring.score(CODE, values)).get(key);
	}

	@Test
	void aYearLeftOutFailsTheEveryYearCheckInsteadOfPassingUnseen() {
		Map<String, Object> values = fullExample();
		values.put("rd_investment_by_year", Map.of("y2022", 900, "y2023", 900));
		ScoreSheet sheet = this.scoring.score("itc-2024", values);
		EligibilityResult every = check(sheet, "rd_investment_by_year");
		assertThat(every.passed()).isFalse();
		assertThat(every.message()).startsWith("未填写").contains("2021年");
		assertThat(sheet.eligible()).isFalse();
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("center_name", "甘肃省新能源装备行业技术中心");
		values.put("unit_name", "武威天马新能源装备有限公司");
		values.put("main_body_type", "骨干企业");
		values.put("partners", List.of(
				Map.of("name", "中科武威新能源研究所", "credit_code", "12620600MB1234567X", "type", "事业单位"),
				Map.of("name", "武威职业学院", "credit_code", "12620600MB7654321Y", "type", "事业单位")));
		values.put("rd_investment_by_year", Map.of("y2021", 600, "y2022", 650, "y2023", 700));
		values.put("applied_results_3y", 12);
		values.put("info_releases_by_year", Map.of("y2021", 2, "y2022", 3, "y2023", 4));
		values.put("exchange_events_by_year", Map.of("y2021", 3, "y2022", 4, "y2023", 5));
		values.put("trainees_by_year", Map.of("y2021", 50, "y2022", 120, "y2023", 80));
		values.put("converted_results_3y", 3);
		values.put("org_structure", "比较完善");
		values.put("mgmt_system", "很完善");
		values.put("midlong_plan", "基本完成");
		values.put("rd_equipment_value", 1100);
		values.put("fulltime_rd_staff", 68);
		values.put("senior_title_staff", 3);
		values.put("mid_senior_title_staff", 41);
		values.put("rd_investment_year", 700);
		values.put("rd_investment_3y", 1950);
		values.put("research_projects", Map.of("provincial_or_above", 1, "department", 1));
		values.put("sci_awards", Map.of("provincial_ministerial", 1, "social", 1));
		values.put("ip_granted", Map.of("invention", 1, "utility", 2, "other", 2));
		values.put("standards_3y", Map.of("national_part", 1, "local_lead", 1, "group_part", 2, "enterprise", 1));
		values.put("industry_report", "良好");
		values.put("periodicals", 6);
		values.put("trainings_50plus", 3);
		values.put("problems_solved", 4);
		values.put("service_revenue", 650);
		values.put("new_product_sales_generated", 2400);
		values.put("featured_breakthrough", true);
		values.put("high_talent", Map.of("academician", false, "national", true, "provincial", 3));
		values.put("assigned_tasks", 2);
		values.put("national_award", true);
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

}
