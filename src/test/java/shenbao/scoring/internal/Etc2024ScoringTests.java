package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
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
import static shenbao.scoring.internal.BundledPrograms.scores;

/**
 * 企业技术中心 2024 (seed 001 附件1 甘肃省企业技术中心自评表, 武工信发〔2024〕35号) scored on a full example worked out
 * by hand. The table is that of 2026; the eligibility is the 2024 notice's two conditions.
 */
@ExtendWith(ChineseMessages.class)
class Etc2024ScoringTests {

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * rd_expense_per_capita       1500 / 50 = 30 万元           1 + floor((30 − 10) / 10) = 3        → 3
	 * rd_revenue_ratio_pct        1500 × 100 / 50000 = 3%       1 + floor((3 − 2) / 0.5) = 3         → 3
	 * rd_staff_ratio_pct          50 × 100 / 1250 = 4%          1 + floor((4 − 1) / 1) = 4           → 4
	 * senior_phd_count            6 × 1 = 6, max 5                                                    → 5
	 * valid_invention_patents     2 × 1                                                               → 2
	 * achievements_filed_3y       12 × 1 = 12, max 10                                                 → 10
	 * rd_equipment_value          300 (edge): 1 + floor(0 / 100) = 1                                  → 1
	 * provincial_platforms        1 × 1                                                               → 1
	 * accredited_labs             3 × 1                                                               → 3
	 * patent_applications         invention 1 × 2 + software 1 × 2 + design 1 × 0.5 = 4.5             → 4.5
	 * new_products_filed          9 × 1                                                               → 9
	 * standards_3y                industry_lead 1 × 3 + group_part 3 × 0.5 + enterprise 2 × 0.5       → 5.5
	 * new_product_sales_ratio_pct 6250 × 100 / 50000 = 12.5%: 1 + floor(2.5 / 0.5) = 6                → 6
	 * profit_margin_pct           2000 × 100 / 50000 = 4% (edge): 1 + floor(1 / 1) = 2                → 2
	 * base  = 3+3+4+5+2+10+1+1+3+4.5+9+5.5+6+2 = 59
	 * bonus = awards first 1 × 3 + second 3 × 1 = 6, max 5 = 5;  total = 64
	 * eligibility: rd_expense 1500 ≥ 200; 1500 / 50000 = 3% ≥ 2%
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score("etc-2024", fullExample());

		assertThat(scores(sheet)).containsExactly(entry("rd_expense_per_capita", "3"), entry("rd_revenue_ratio_pct", "3"),
				entry("rd_staff_ratio_pct", "4"), entry("senior_phd_count", "5"), entry("valid_invention_patents", "2"),
				entry("achievements_filed_3y", "10"), entry("rd_equipment_value", "1"), entry("provincial_platforms", "1"),
				entry("accredited_labs", "3"), entry("patent_applications", "4.5"), entry("new_products_filed", "9"),
				entry("standards_3y", "5.5"), entry("new_product_sales_ratio_pct", "6"), entry("profit_margin_pct", "2"),
				entry("awards", "5"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("59");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("5");
		assertThat(sheet.total()).isEqualByComparingTo("64");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactly("rd_expense", "main_revenue");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed).allMatch(EligibilityResult::blocking);
	}

	@Test
	void maximaAddUpToOneHundredPlusFiveBonus() {
		ScoreSheet sheet = this.scoring.score("etc-2024", Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("5");
		assertThat(sheet.missing()).hasSize(15);
	}

	/** SPEC §7.1: "the 2024 table is identical" — the 2026 example scores the same under both files. */
	@Test
	void theTableScoresAsThe2026TableDoes() {
		Map<String, Object> values = Etc2026ScoringTests.fullExample();
		ScoreSheet in2026 = this.scoring.score("etc-2026", values);
		values.remove("sales_revenue");
		values.remove("new_products_year");
		ScoreSheet in2024 = this.scoring.score("etc-2024", values);

		assertThat(scores(in2024)).isEqualTo(scores(in2026));
		assertThat(in2024.indicators()).extracting(IndicatorScore::max)
			.isEqualTo(in2026.indicators().stream().map(IndicatorScore::max).toList());
		assertThat(in2024.total()).isEqualByComparingTo(in2026.total());
	}

	/** The 2024 notice asks only for R&D expense ≥ 200 and ≥ 2% of main revenue; the 2026 conditions are no fields. */
	@Test
	void onlyTheTwoConditionsOfThe2024NoticeApply() {
		Map<String, Object> values = fullExample();
		values.put("rd_expense", 200);
		values.put("main_revenue", 10000);
		values.put("rd_equipment_value", 100);
		values.put("rd_staff", 10);
		ScoreSheet sheet = this.scoring.score("etc-2024", values);
		assertThat(sheet.eligible()).isTrue();
		assertThat(check(sheet, "main_revenue").message()).isEqualTo("符合：研发经费支出占主营业务收入的比重不低于2%（填报值 2%）");

		values.put("main_revenue", new BigDecimal("10000.01"));
		assertThat(check(this.scoring.score("etc-2024", values), "main_revenue").passed()).isFalse();

		values.put("main_revenue", 5000);
		values.put("rd_expense", new BigDecimal("199.99"));
		sheet = this.scoring.score("etc-2024", values);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "rd_expense").passed()).isFalse();
		assertThat(check(sheet, "main_revenue").passed()).isTrue();

		Map<String, Object> with2026Figures = fullExample();
		with2026Figures.put("sales_revenue", 32000);
		with2026Figures.put("new_products_year", 8);
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.scoring.score("etc-2024", with2026Figures))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("sales_revenue", "new_products_year"));
	}

	@Test
	void stepEdgesAreInclusive() {
		Map<String, Object> values = fullExample();
		values.put("rd_equipment_value", new BigDecimal("299.99"));
		values.put("profit", new BigDecimal("1499.99"));
		assertThat(scores(this.scoring.score("etc-2024", values))).containsEntry("rd_equipment_value", "0")
			.containsEntry("profit_margin_pct", "0");
		values.put("rd_equipment_value", 699);
		values.put("profit", 1500);
		assertThat(scores(this.scoring.score("etc-2024", values))).containsEntry("rd_equipment_value", "4")
			.containsEntry("profit_margin_pct", "1");
		values.put("rd_equipment_value", 700);
		assertThat(scores(this.scoring.score("etc-2024", values))).containsEntry("rd_equipment_value", "5");
	}

	@Test
	void aLossIsAllowedAndEarnsNothing() {
		Map<String, Object> values = fullExample();
		values.put("profit", new BigDecimal("-120"));
		assertThat(scores(this.scoring.score("etc-2024", values))).containsEntry("profit_margin_pct", "0");
	}

	/** The 武威 notice: county deadline 4 月 20 日, no quotas, county review mandatory, data year 2023. */
	@Test
	void windowsChainAndQuotasFollowThe2024Notice() {
		ProgramDefinition program = ProgramFiles.bundled().stream().filter(p -> p.code().equals("etc-2024"))
			.findFirst().orElseThrow();
		assertThat(program.year()).isEqualTo(2024);
		assertThat(program.windows().apply().opens()).isEqualTo(LocalDateTime.parse("2024-03-21T00:00"));
		assertThat(program.windows().apply().closes()).isBefore(program.windows().countyCloses());
		assertThat(program.windows().countyCloses()).isEqualTo(LocalDateTime.parse("2024-04-21T00:00"));
		assertThat(program.windows().cityCloses()).isAfter(program.windows().countyCloses());
		assertThat(program.chain().levels()).containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE);
		assertThat(program.chain().countyOptional()).isFalse();
		assertThat(program.quotas().forCity("620600")).isEmpty();
		assertThat(program.attachmentSlots()).extracting(slot -> slot.label())
			.contains("申请报告", "自评表（附件1 甘肃省企业技术中心自评表）", "自评证明材料（创新经费）");
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit_name", "武威天马新材料有限公司");
		values.put("main_revenue", 50000);
		values.put("employees", 1250);
		values.put("rd_expense", 1500);
		values.put("rd_staff", 50);
		values.put("senior_phd_count", 6);
		values.put("valid_invention_patents", 2);
		values.put("achievements_filed_3y", 12);
		values.put("rd_equipment_value", 300);
		values.put("provincial_platforms", 1);
		values.put("accredited_labs", 3);
		values.put("patent_applications", Map.of("invention", 1, "software", 1, "design", 1));
		values.put("new_products_filed", 9);
		values.put("standards_3y", Map.of("industry_lead", 1, "group_part", 3, "enterprise", 2));
		values.put("new_product_sales", 6250);
		values.put("profit", 2000);
		values.put("awards", Map.of("first", 1, "second", 3));
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

}
