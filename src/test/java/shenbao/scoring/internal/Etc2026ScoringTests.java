package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.check;
import static shenbao.scoring.internal.BundledPrograms.scores;

/** 企业技术中心 2026 (seed 000, 5.3.4 评分规则) scored on a full example worked out by hand. */
@ExtendWith(ChineseMessages.class)
class Etc2026ScoringTests {

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * rd_expense_per_capita       1200 / 120 = 10 万元         step 10/10: 1                    → 1
	 * rd_revenue_ratio_pct        1200 × 100 / 30000 = 4%      1 + floor((4 − 2) / 0.5) = 5     → 5
	 * rd_staff_ratio_pct          120 × 100 / 800 = 15%        1 + floor(14 / 1) = 15, max 5    → 5
	 * senior_phd_count            4 × 1                                                          → 4
	 * valid_invention_patents     7 × 1, max 5                                                   → 5
	 * achievements_filed_3y       3 × 1                                                          → 3
	 * rd_equipment_value          760: 1 + floor(460 / 100) = 5                                  → 5
	 * provincial_platforms        2 × 1                                                          → 2
	 * accredited_labs             1 × 1                                                          → 1
	 * patent_applications         1 × 2 + 2 × 1 + 1 × 0.5 = 4.5                                  → 4.5
	 * new_products_filed          6 × 1                                                          → 6
	 * standards_3y                national_part 1 × 2 + group_lead 2 × 1 + enterprise 3 × 0.5    → 5.5
	 * new_product_sales_ratio_pct 9000 × 100 / 30000 = 30%: 1 + floor(20 / 0.5) = 41, max 10     → 10
	 * profit_margin_pct           2100 × 100 / 30000 = 7%: 1 + floor(4 / 1) = 5                  → 5
	 * base  = 1+5+5+4+5+3+5+2+1+4.5+6+5.5+10+5 = 62
	 * bonus = awards second 2 × 1 = 2;  total = 64
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score("etc-2026", fullExample());

		assertThat(scores(sheet)).containsExactly(entry("rd_expense_per_capita", "1"), entry("rd_revenue_ratio_pct", "5"),
				entry("rd_staff_ratio_pct", "5"), entry("senior_phd_count", "4"), entry("valid_invention_patents", "5"),
				entry("achievements_filed_3y", "3"), entry("rd_equipment_value", "5"), entry("provincial_platforms", "2"),
				entry("accredited_labs", "1"), entry("patent_applications", "4.5"), entry("new_products_filed", "6"),
				entry("standards_3y", "5.5"), entry("new_product_sales_ratio_pct", "10"), entry("profit_margin_pct", "5"),
				entry("awards", "2"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("62");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("2");
		assertThat(sheet.total()).isEqualByComparingTo("64");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.containsExactly("rd_expense", "main_revenue", "sales_revenue", "new_products_year", "rd_equipment_value",
					"rd_staff");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed);
	}

	@Test
	void maximaAddUpToOneHundredPlusFiveBonus() {
		ScoreSheet sheet = this.scoring.score("etc-2026", Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("5");
	}

	@Test
	void aDirectlyGivenRatioWinsOverTheRawFigures() {
		Map<String, Object> values = fullExample();
		values.put("rd_revenue_ratio_pct", new BigDecimal("2.49"));
		assertThat(scores(this.scoring.score("etc-2026", values))).containsEntry("rd_revenue_ratio_pct", "1");
		values.put("rd_revenue_ratio_pct", new BigDecimal("2.5"));
		assertThat(scores(this.scoring.score("etc-2026", values))).containsEntry("rd_revenue_ratio_pct", "2");
	}

	@Test
	void theRatioCheckIsComputedFromRdExpenseAndMainRevenue() {
		Map<String, Object> values = fullExample();
		values.put("rd_expense", new BigDecimal("599.99"));
		values.put("main_revenue", new BigDecimal("30000"));
		ScoreSheet sheet = this.scoring.score("etc-2026", values);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "main_revenue").passed()).isFalse();
		assertThat(check(sheet, "main_revenue").message()).contains("不符合", "2%");

		values.put("rd_expense", new BigDecimal("600"));
		assertThat(check(this.scoring.score("etc-2026", values), "main_revenue").passed()).isTrue();
	}

	@Test
	void missingValuesScoreZeroAndFailTheirChecksWithAMessage() {
		ScoreSheet sheet = this.scoring.score("etc-2026", Map.of("rd_expense", 300));
		assertThat(sheet.total()).isEqualByComparingTo("0");
		assertThat(sheet.missing()).hasSize(15).contains("rd_expense_per_capita", "awards");
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "rd_expense").passed()).isTrue();
		assertThat(check(sheet, "rd_staff").message()).isEqualTo("未填写“研发人员总数”，无法判断：研发人员总数不少于50人");
		assertThat(check(sheet, "main_revenue").message()).contains("主营业务收入");
	}

	@Test
	void aZeroDenominatorIsReportedNotDividedBy() {
		ScoreSheet sheet = this.scoring.score("etc-2026", Map.of("rd_expense", 300, "main_revenue", 0));
		assertThat(check(sheet, "main_revenue").passed()).isFalse();
		assertThat(check(sheet, "main_revenue").message()).contains("为 0");
		assertThat(sheet.missing()).contains("rd_revenue_ratio_pct");
	}

	@Test
	void badValuesAreRefusedNamingEveryKey() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("no_such_key", 1);
		values.put("rd_staff", -3);
		values.put("senior_phd_count", "four");
		values.put("valid_invention_patents", new BigDecimal("2.5"));
		values.put("patent_applications", Map.of("hologram", 1));
		values.put("standards_3y", 3);
		values.put("truthfulness_pledge", "yes");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score("etc-2026", values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("no_such_key", "rd_staff", "senior_phd_count", "valid_invention_patents",
						"patent_applications.hologram", "standards_3y", "truthfulness_pledge"));
	}

	@Test
	void aNegativeProfitIsAllowedAndEarnsNothing() {
		Map<String, Object> values = fullExample();
		values.put("profit", new BigDecimal("-500"));
		assertThat(scores(this.scoring.score("etc-2026", values))).containsEntry("profit_margin_pct", "0");
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit_name", "白羊科技有限公司");
		values.put("rd_expense", 1200);
		values.put("main_revenue", 30000);
		values.put("sales_revenue", 32000);
		values.put("employees", 800);
		values.put("rd_staff", 120);
		values.put("new_products_year", 8);
		values.put("rd_equipment_value", 760);
		values.put("new_product_sales", 9000);
		values.put("profit", 2100);
		values.put("senior_phd_count", 4);
		values.put("valid_invention_patents", 7);
		values.put("achievements_filed_3y", 3);
		values.put("provincial_platforms", 2);
		values.put("accredited_labs", 1);
		values.put("patent_applications", Map.of("invention", 1, "utility", 2, "design", 1));
		values.put("new_products_filed", 6);
		values.put("standards_3y", Map.of("national_part", 1, "group_lead", 2, "enterprise", 3));
		values.put("awards", Map.of("second", 2));
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

}
