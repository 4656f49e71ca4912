package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.scores;

/**
 * 技术创新示范企业 2024 (seed 001 附件3 自评表): each indicator earns its full weight when it meets its 基本要求
 * (SPEC §7.3), with "≥" and ">" read exactly as the seed writes them.
 */
@ExtendWith(ChineseMessages.class)
class Tide2024ScoringTests {

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * rd_sales_ratio_pct           400 × 100 / 20000 = 2%       ≥ 2 holds (on the edge)        → 15
	 * rd_ratio_growth_pp           −0.3 百分点                  ≥ 0 fails (a fall)             → 0
	 * rd_income_ratio              12 / 10 = 1.2               > 1.2 fails (on the edge)      → 0
	 * rd_training_ratio_pct        30 × 100 / 1000 = 3%        > 2 holds                      → 3
	 * external_expert_months       12 人月                      > 10 holds                     → 3
	 * external_project_ratio_pct   3 × 100 / 20 = 15%          > 10 holds                     → 3
	 * rd_staff_ratio_pct           60 × 100 / 600 = 10%        > 1 holds                      → 7
	 * senior_experts_phd           1 人                         > 1 fails (on the edge)        → 0
	 * rd_equipment_value           800 万元                     > 500 holds                    → 5
	 * accredited_labs              1 个                         ≥ 1 holds (on the edge)        → 3
	 * long_projects_ratio_pct      2 × 100 / 20 = 10%          > 3 holds                      → 4
	 * valid_invention_patents      3 项                         ≥ 3 holds (on the edge)        → 4
	 * famous_brands                0 个                         ≥ 1 fails                      → 0
	 * new_products_done            5 项                         > 5 fails (on the edge)        → 0
	 * patent_applications          6 项                         > 3 holds                      → 4
	 * invention_applications       2 项                         ≥ 1 holds                      → 3
	 * standards                    1 项                         ≥ 1 holds (on the edge)        → 4
	 * new_product_sales_ratio_pct  6000 × 100 / 20000 = 30%    > 20 holds                     → 11
	 * new_product_profit_ratio_pct 450 × 100 / 3000 = 15%      > 15 fails (on the edge)       → 0
	 * own_brand_export_usd         50 万美元                    > 0 holds                      → 3
	 * base  = 15+0+0+3+3+3+7+0+5+3+4+4+0+0+4+3+4+11+0+3 = 72
	 * national_awards              1 项                         ≥ 1 holds                      → 3 (bonus)
	 * cash_flow_gap                120 万元                     > 0 holds                      → 3 (bonus)
	 * bonus = 6;  total = 78;  no eligibility checks (001 gives none for 示范企业)
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score("tide-2024", fullExample());

		assertThat(scores(sheet)).containsExactly(entry("rd_sales_ratio_pct", "15"), entry("rd_ratio_growth_pp", "0"),
				entry("rd_income_ratio", "0"), entry("rd_training_ratio_pct", "3"),
				entry("external_expert_months", "3"), entry("external_project_ratio_pct", "3"),
				entry("rd_staff_ratio_pct", "7"), entry("senior_experts_phd", "0"), entry("rd_equipment_value", "5"),
				entry("accredited_labs", "3"), entry("long_projects_ratio_pct", "4"),
				entry("valid_invention_patents", "4"), entry("famous_brands", "0"), entry("new_products_done", "0"),
				entry("patent_applications", "4"), entry("invention_applications", "3"), entry("standards", "4"),
				entry("new_product_sales_ratio_pct", "11"), entry("new_product_profit_ratio_pct", "0"),
				entry("own_brand_export_usd", "3"), entry("national_awards", "3"), entry("cash_flow_gap", "3"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("72");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("6");
		assertThat(sheet.total()).isEqualByComparingTo("78");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligibility()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
	}

	@Test
	void maximaAddUpToOneHundredPlusSixBonus() {
		ScoreSheet sheet = this.scoring.score("tide-2024", Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sheet.indicators()).hasSize(22);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("6");
		assertThat(sheet.indicators()).filteredOn(IndicatorScore::bonus)
			.extracting(IndicatorScore::key)
			.containsExactly("national_awards", "cash_flow_gap");
	}

	@Test
	void meetingEveryBasicRequirementEarnsEveryWeight() {
		Map<String, Object> values = fullExample();
		values.put("rd_ratio_growth_pp", 0);
		values.put("rd_staff_avg_income", new BigDecimal("12.1"));
		values.put("senior_experts_phd", 2);
		values.put("famous_brands", 1);
		values.put("new_products_done", 6);
		values.put("new_product_profit", 451);
		ScoreSheet sheet = this.scoring.score("tide-2024", values);
		assertThat(sheet.indicators()).allSatisfy(i -> assertThat(i.score()).isEqualByComparingTo(i.max()));
		assertThat(sheet.total()).isEqualByComparingTo("106");
	}

	/** Each 基本要求 on its edge, just above and just below: "≥" takes the edge, ">" does not. */
	@ParameterizedTest(name = "{0}: {1} → {2}, {3} → {4}, {5} → {6}")
	@CsvSource({ "rd_sales_ratio_pct,           2,    15, 2.01,  15, 1.99,  0",
			"rd_ratio_growth_pp,           0,    3,  0.01,  3,  -0.01, 0",
			"rd_income_ratio,              1.2,  0,  1.21,  3,  1.19,  0",
			"rd_training_ratio_pct,        2,    0,  2.01,  3,  1.99,  0",
			"external_expert_months,       10,   0,  10.5,  3,  9.5,   0",
			"external_project_ratio_pct,   10,   0,  10.01, 3,  9.99,  0",
			"rd_staff_ratio_pct,           1,    0,  1.01,  7,  0.99,  0",
			"senior_experts_phd,           1,    0,  2,     5,  0,     0",
			"rd_equipment_value,           500,  0,  500.1, 5,  499.9, 0",
			"accredited_labs,              1,    3,  2,     3,  0,     0",
			"long_projects_ratio_pct,      3,    0,  3.01,  4,  2.99,  0",
			"valid_invention_patents,      3,    4,  4,     4,  2,     0",
			"famous_brands,                1,    2,  2,     2,  0,     0",
			"new_products_done,            5,    0,  6,     4,  4,     0",
			"patent_applications,          3,    0,  4,     4,  2,     0",
			"invention_applications,       1,    3,  2,     3,  0,     0",
			"standards,                    1,    4,  2,     4,  0,     0",
			"new_product_sales_ratio_pct,  20,   0,  20.01, 11, 19.99, 0",
			"new_product_profit_ratio_pct, 15,   0,  15.01, 11, 14.99, 0",
			"own_brand_export_usd,         0,    0,  0.01,  3,  ,      ",
			"national_awards,              1,    3,  2,     3,  0,     0",
			"cash_flow_gap,                0,    0,  0.01,  3,  -0.01, 0" })
	void theBasicRequirementIsReadAsTheSeedWritesIt(String key, BigDecimal edge, String edgeScore, BigDecimal above,
			String aboveScore, BigDecimal below, String belowScore) {
		assertThat(scores(this.scoring.score("tide-2024", Map.of(key, edge)))).containsEntry(key, edgeScore);
		assertThat(scores(this.scoring.score("tide-2024", Map.of(key, above)))).containsEntry(key, aboveScore);
		if (below != null) {
			assertThat(scores(this.scoring.score("tide-2024", Map.of(key, below)))).containsEntry(key, belowScore);
		}
	}

	@Test
	void theRatiosAreDerivedFromTheRawFiguresOnTheirEdges() {
		Map<String, Object> values = fullExample();
		values.put("rd_expense", new BigDecimal("399.99"));
		values.put("rd_staff_avg_income", new BigDecimal("12.01"));
		values.put("new_product_sales", 4000);
		ScoreSheet sheet = this.scoring.score("tide-2024", values);
		assertThat(scores(sheet)).containsEntry("rd_sales_ratio_pct", "0")
			.containsEntry("rd_income_ratio", "3")
			.containsEntry("new_product_sales_ratio_pct", "0");
		assertThat(value(sheet, "rd_sales_ratio_pct")).isEqualByComparingTo("1.99995");
		assertThat(value(sheet, "new_product_sales_ratio_pct")).isEqualByComparingTo("20");
	}

	@Test
	void aFallAndAShortfallMayBeNegativeAndEarnNothing() {
		Map<String, Object> values = fullExample();
		values.put("rd_ratio_growth_pp", new BigDecimal("-2.5"));
		values.put("cash_flow_gap", new BigDecimal("-380"));
		ScoreSheet sheet = this.scoring.score("tide-2024", values);
		assertThat(scores(sheet)).containsEntry("rd_ratio_growth_pp", "0").containsEntry("cash_flow_gap", "0");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("3");
		assertThat(sheet.total()).isEqualByComparingTo("75");
	}

	@Test
	void everyOtherValueMustNotBeNegative() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("rd_expense", -1);
		values.put("own_brand_export_usd", new BigDecimal("-0.5"));
		values.put("external_expert_months", -10);
		values.put("national_awards", -1);
		values.put("rd_sales_ratio_pct", -2);
		values.put("rd_ratio_growth_pp", -1);
		values.put("cash_flow_gap", -1);
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score("tide-2024", values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("rd_expense", "own_brand_export_usd", "external_expert_months",
						"national_awards", "rd_sales_ratio_pct"));
	}

	@Test
	void countsMustBeWholeNumbers() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.scoring.score("tide-2024", Map.of("valid_invention_patents", new BigDecimal("3.5"))))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("valid_invention_patents"));
	}

	@Test
	void aZeroDenominatorLeavesTheRatioMissing() {
		Map<String, Object> values = fullExample();
		values.put("dev_projects", 0);
		ScoreSheet sheet = this.scoring.score("tide-2024", values);
		assertThat(sheet.missing()).containsExactly("external_project_ratio_pct", "long_projects_ratio_pct");
		assertThat(sheet.baseTotal()).isEqualByComparingTo("65");
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit_name", "天马新材料股份有限公司");
		values.put("product_sales_revenue", 20000);
		values.put("product_profit", 3000);
		values.put("employees", 600);
		values.put("rd_expense", 400);
		values.put("rd_ratio_growth_pp", new BigDecimal("-0.3"));
		values.put("rd_staff_avg_income", 12);
		values.put("staff_avg_income", 10);
		values.put("rd_training_cost", 30);
		values.put("tech_center_income", 1000);
		values.put("external_expert_months", 12);
		values.put("external_projects", 3);
		values.put("dev_projects", 20);
		values.put("rd_staff", 60);
		values.put("senior_experts_phd", 1);
		values.put("rd_equipment_value", 800);
		values.put("accredited_labs", 1);
		values.put("long_projects", 2);
		values.put("valid_invention_patents", 3);
		values.put("famous_brands", 0);
		values.put("new_products_done", 5);
		values.put("patent_applications", 6);
		values.put("invention_applications", 2);
		values.put("standards", 1);
		values.put("new_product_sales", 6000);
		values.put("new_product_profit", 450);
		values.put("own_brand_export_usd", 50);
		values.put("national_awards", 1);
		values.put("cash_flow_gap", 120);
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

	static BigDecimal value(ScoreSheet sheet, String key) {
		return (BigDecimal) sheet.indicators()
			.stream()
			.filter(indicator -> indicator.key().equals(key))
			.findFirst()
			.orElseThrow()
			.value();
	}

}
