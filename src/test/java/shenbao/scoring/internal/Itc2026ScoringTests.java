package shenbao.scoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.Field;
import shenbao.program.ProgramDefinition;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.check;
import static shenbao.scoring.internal.BundledPrograms.program;
import static shenbao.scoring.internal.BundledPrograms.scores;

/**
 * 行业技术中心 2026 (seed 000, 甘工信发〔2026〕84号 and its 行业技术中心申报使用手册) scored on a full example worked out
 * by hand. The table is the 2024 one but for 承担科研项目情况 (1 / 0.5) and the relabelled 科技成果转化情况.
 */
@ExtendWith(ChineseMessages.class)
class Itc2026ScoringTests {

	private static final String CODE = "itc-2026";

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
	 * research_projects           provincial_or_above 2 × 1 + department 3 × 0.5 = 3.5       → 3.5
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
	 * base  = 2+3+1+4+2+3+5+3+3.5+3+6+10+5+4+3+8+3+4 = 72.5
	 * bonus = featured_breakthrough 10 + high_talent (3 + 3 = 6, max 5) 5 + assigned_tasks 2 × 2 = 4
	 *       + national_award 4 = 23;  total = 95.5
	 * eligibility as in 2024 with the years 2023–2025: all ten checks pass
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score(CODE, fullExample());

		assertThat(scores(sheet)).containsExactly(entry("org_structure", "2"), entry("mgmt_system", "3"),
				entry("midlong_plan", "1"), entry("rd_equipment_value", "4"), entry("fulltime_rd_staff", "2"),
				entry("senior_title_staff", "3"), entry("rd_investment_year", "5"), entry("rd_investment_3y", "3"),
				entry("research_projects", "3.5"), entry("sci_awards", "3"), entry("ip_granted", "6"),
				entry("standards_3y", "10"), entry("industry_report", "5"), entry("periodicals", "4"),
				entry("trainings_50plus", "3"), entry("problems_solved", "8"), entry("service_revenue", "3"),
				entry("new_product_sales_generated", "4"), entry("featured_breakthrough", "10"),
				entry("high_talent", "5"), entry("assigned_tasks", "4"), entry("national_award", "4"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("72.5");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("23");
		assertThat(sheet.total()).isEqualByComparingTo("95.5");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.containsExactly("main_body_type", "rd_equipment_value", "rd_investment_by_year", "fulltime_rd_staff",
					"mid_senior_title_staff", "applied_results_3y", "info_releases_by_year", "exchange_events_by_year",
					"trainees_by_year", "converted_results_3y");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed).allMatch(EligibilityResult::blocking);
	}

	@Test
	void maximaAddUpToOneHundredPlusTwentyFiveBonus() {
		Itc2024ScoringTests.assertMaxima(this.scoring.score(CODE, Map.of()));
	}

	/** 2026: "每承担1项国（省）级及以上项目得1分，每承担1项厅局级项目得0.5分", max 4. */
	@Test
	void researchProjectsEarnOneAndAHalfPoint() {
		assertThat(scoreOf("research_projects", Map.of("department", 1))).isEqualTo("0.5");
		assertThat(scoreOf("research_projects", Map.of("provincial_or_above", 1))).isEqualTo("1");
		assertThat(scoreOf("research_projects", Map.of("department", 7))).isEqualTo("3.5");
		assertThat(scoreOf("research_projects", Map.of("department", 8))).isEqualTo("4");
		assertThat(scoreOf("research_projects", Map.of("provincial_or_above", 3, "department", 2))).isEqualTo("4");
		assertThat(scoreOf("research_projects", Map.of("provincial_or_above", 4, "department", 1))).isEqualTo("4");
	}

	/** SPEC §7.2: itc-2026 equals itc-2024 except 承担科研项目情况. */
	@Test
	void theTableDiffersFrom2024OnlyInResearchProjects() {
		Map<String, Object> in2024 = Itc2024ScoringTests.fullExample();
		Map<String, String> scores2024 = scores(this.scoring.score("itc-2024", in2024));
		Map<String, String> scores2026 = scores(this.scoring.score(CODE, shiftYears(in2024)));

		assertThat(scores2024).containsEntry("research_projects", "3");
		assertThat(scores2026).containsEntry("research_projects", "1.5");
		scores2024.remove("research_projects");
		scores2026.remove("research_projects");
		assertThat(scores2026).isEqualTo(scores2024);
		assertThat(this.scoring.score(CODE, Map.of()).indicators()).extracting(IndicatorScore::max)
			.isEqualTo(this.scoring.score("itc-2024", Map.of()).indicators().stream().map(IndicatorScore::max).toList());
	}

	@Test
	void sciAwardsAreRelabelledAsConversionWithTheSamePoints() {
		ProgramDefinition program = program(CODE);
		assertThat(program.indicator("sci_awards").orElseThrow().label()).isEqualTo("科技成果转化情况");
		assertThat(program.indicator("sci_awards").orElseThrow().text())
			.isEqualTo("每获得1项省部级科技成果得2分，1项社会力量成果得1分，满分4分");
		assertThat(program.field("sci_awards").orElseThrow().subKeys()).extracting(Field.SubKey::label)
			.containsExactly("省部级科技成果", "社会力量成果");
		assertThat(scoreOf("sci_awards", Map.of("provincial_ministerial", 1))).isEqualTo("2");
		assertThat(scoreOf("sci_awards", Map.of("provincial_ministerial", 1, "social", 2))).isEqualTo("4");
		assertThat(scoreOf("sci_awards", Map.of("provincial_ministerial", 2, "social", 1))).isEqualTo("4");
	}

	/** "行业技术中心不超过3个(兰州市分别不超过8个)"; windows as for 企业技术中心 2026. */
	@Test
	void quotasAndWindowsFollowThe2026Notice() {
		ProgramDefinition program = program(CODE);
		assertThat(program.quotas().forCity("620100")).hasValue(8);
		assertThat(program.quotas().forCity("620600")).hasValue(3);
		assertThat(program.windows()).isEqualTo(program("etc-2026").windows());
		assertThat(program.chain()).isEqualTo(program("etc-2026").chain());
		assertThat(program.attachmentSlots()).extracting(slot -> slot.label())
			.contains("研发设施价值（采购合同、清单、发票）", "人员名单、社保缴纳证明材料等", "近三年科技研发投入（财务报表、立项书等）",
					"知识产权附件", "主持/参与制定标准附件", "发布年度行业发展报告");
		assertThat(program.field("center_name").orElseThrow().maxLength()).isEqualTo(20);
	}

	@Test
	void theYearsAreThoseOf2023To2025() {
		Map<String, Object> values = fullExample();
		values.put("rd_investment_by_year", Map.of("y2021", 600, "y2023", 600));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score(CODE, values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("rd_investment_by_year.y2021"));

		Map<String, Object> lowYear = fullExample();
		lowYear.put("rd_investment_by_year", Map.of("y2023", 800, "y2024", 800, "y2025", 450));
		lowYear.put("trainees_by_year", Map.of("y2023", 60, "y2024", 60, "y2025", 60));
		ScoreSheet sheet = this.scoring.score(CODE, lowYear);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "rd_investment_by_year").message())
			.isEqualTo("不符合：近三年每年技术开发投入500万元以上（填报值 450）");
		assertThat(check(sheet, "trainees_by_year").passed()).isTrue();
	}

	private String scoreOf(String key, Object value) {
		Map<String, Object> values = fullExample();
		values.put(key, value);
		return scores(this.scoring.score(CODE, values)).get(key);
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = shiftYears(Itc2024ScoringTests.fullExample());
		values.put("center_name", "甘肃省有色冶金行业技术中心");
		values.put("research_projects", Map.of("provincial_or_above", 2, "department", 3));
		return values;
	}

	/** The per-year figures of a 2024 example (2021–2023) as 2026 ones (2023–2025). */
	static Map<String, Object> shiftYears(Map<String, Object> values) {
		Map<String, Object> shifted = new LinkedHashMap<>(values);
		for (String key : new String[] { "rd_investment_by_year", "info_releases_by_year", "exchange_events_by_year",
				"trainees_by_year" }) {
			Map<?, ?> years = (Map<?, ?>) values.get(key);
			Map<String, Object> moved = new LinkedHashMap<>();
			years.forEach((year, value) -> moved.put("y" + (Integer.parseInt(((String) year).substring(1)) + 2), value));
			shifted.put(key, moved);
		}
		return shifted;
	}

}
