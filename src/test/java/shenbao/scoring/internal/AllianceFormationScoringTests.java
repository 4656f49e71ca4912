package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
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

/** 产业技术创新联盟组建 (seed 004 附件1 申请表, 附件2 评定指标体系) scored on a full example worked out by hand. */
@ExtendWith(ChineseMessages.class)
class AllianceFormationScoringTests {

	private static final String CODE = "alliance-formation";

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * importance               picked 8 (十分重要 7-10)                                   → 8
	 * industry_scale_yi        100 亿元: 100以上 (on the edge)                            → 5
	 * lead_output_yi           1 亿元: band 1-10 wins over "1亿元以下" (on the edge)       → 2
	 * lead_purchase_yi         0.6 亿元: 1亿元以下                                         → 1
	 * lead_share_pct           30%: band 30%-50% wins over "30%以内" (on the edge)         → 2
	 * members_share_pct        72.5%: 70%以上                                              → 3
	 * org_structure            比较完善                                                    → 2
	 * mgmt_system              很完善                                                      → 3
	 * midlong_goals            基本完成                                                    → 1
	 * rd_investment_year       650 万元: 600-700                                           → 4
	 * rd_investment_3y         1300 万元: 1300-1600 (on the edge)                          → 2
	 * research_projects        1 × 2 + 3 × 1 = 5, max 4                                    → 4
	 * sci_awards               1 × 2 + 1 × 1 = 3                                           → 3
	 * ip_granted               1 × 5 + 2 × 2 + 3 × 1 = 12, max 10                          → 10
	 * standards_3y             national 1 × 2 + group 2 × 2 + enterprise 1 × 1 = 7         → 7
	 * problems_solved          4 × 1                                                       → 4
	 * training_qualifications  2 × 2                                                       → 4
	 * platforms                national 1 × 2 + provincial 2 × 1 = 4                       → 4
	 * economic_benefit         2000 万元: 1 + floor((2000 − 500) / 500) = 4 (on a step)    → 4
	 * base  = 8+5+2+1+2+3+2+3+1+4+2+4+3+10+7+4+4+4+4 = 73
	 * high_talent              national 3 + provincial 3 × 1 = 6, max 5                    → 5
	 * featured_work            yes                                                         → 3
	 * assigned_tasks           2 × 2                                                       → 4
	 * national_award           no                                                          → 0
	 * bonus = 12;  total = 85;  no eligibility checks (004 gives none)
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score(CODE, fullExample());

		assertThat(scores(sheet)).containsExactly(entry("importance", "8"), entry("industry_scale_yi", "5"),
				entry("lead_output_yi", "2"), entry("lead_purchase_yi", "1"), entry("lead_share_pct", "2"),
				entry("members_share_pct", "3"), entry("org_structure", "2"), entry("mgmt_system", "3"),
				entry("midlong_goals", "1"), entry("rd_investment_year", "4"), entry("rd_investment_3y", "2"),
				entry("research_projects", "4"), entry("sci_awards", "3"), entry("ip_granted", "10"),
				entry("standards_3y", "7"), entry("problems_solved", "4"), entry("training_qualifications", "4"),
				entry("platforms", "4"), entry("economic_benefit", "4"), entry("high_talent", "5"),
				entry("featured_work", "3"), entry("assigned_tasks", "4"), entry("national_award", "0"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("73");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("12");
		assertThat(sheet.total()).isEqualByComparingTo("85");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligibility()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
	}

	@Test
	void maximaAddUpToOneHundredPlusEighteenBonus() {
		ScoreSheet sheet = this.scoring.score(CODE, Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal bonus = sheet.indicators().stream().filter(IndicatorScore::bonus).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(bonus).isEqualByComparingTo("18");
		assertThat(sheet.missing()).hasSize(23);
	}

	@ParameterizedTest(name = "importance {0} → {0}")
	@CsvSource({ "0", "1", "3", "4", "6", "7", "10" })
	void theReviewerPicksTheImportanceInsideANamedRange(BigDecimal picked) {
		assertThat(scores(this.scoring.score(CODE, Map.of("importance", picked)))).containsEntry("importance",
				picked.toPlainString());
	}

	@ParameterizedTest(name = "importance {0} is refused")
	@CsvSource({ "0.5", "3.5", "6.5", "11" })
	void anImportanceOutsideEveryRangeIsRefused(BigDecimal picked) {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.scoring.score(CODE, Map.of("importance", picked)))
			.satisfies(ex -> assertThat(ex.fieldProblems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("importance");
			}));
	}

	@ParameterizedTest(name = "{0} = {1} → {2}")
	@CsvSource({ "industry_scale_yi, 9.99, 1", "industry_scale_yi, 10, 3", "industry_scale_yi, 99.99, 3",
			"industry_scale_yi, 0, 1", "lead_output_yi, 0.99, 1", "lead_output_yi, 10, 3",
			"lead_purchase_yi, 1, 2", "lead_purchase_yi, 9.99, 2", "lead_purchase_yi, 10, 3",
			"lead_share_pct, 29.99, 1", "lead_share_pct, 49.99, 2", "lead_share_pct, 50, 3",
			"members_share_pct, 49.99, 1", "members_share_pct, 50, 2", "members_share_pct, 69.99, 2",
			"members_share_pct, 70, 3", "rd_investment_year, 299.99, 0", "rd_investment_year, 300, 1",
			"rd_investment_year, 400, 2", "rd_investment_year, 500, 3", "rd_investment_year, 700, 5",
			"rd_investment_year, 799.99, 5", "rd_investment_year, 800, 6", "rd_investment_3y, 999.99, 0",
			"rd_investment_3y, 1000, 1", "rd_investment_3y, 1599.99, 2", "rd_investment_3y, 1600, 3",
			"economic_benefit, 499.99, 0", "economic_benefit, 500, 1", "economic_benefit, 999.99, 1",
			"economic_benefit, 1000, 2", "economic_benefit, 4000, 8", "economic_benefit, 9000, 8",
			"problems_solved, 7, 6", "training_qualifications, 4, 6" })
	void bandsAndStepsOnTheirEdges(String key, BigDecimal value, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of(key, value)))).containsEntry(key, expected);
	}

	@Test
	void highTalentAddsItsPartsUpToFive() {
		assertThat(scores(this.scoring.score(CODE, Map.of("high_talent", Map.of("academician", true)))))
			.containsEntry("high_talent", "5");
		assertThat(scores(this.scoring.score(CODE, Map.of("high_talent", Map.of("national", true)))))
			.containsEntry("high_talent", "3");
		assertThat(scores(this.scoring.score(CODE,
				Map.of("high_talent", Map.of("academician", false, "national", false, "provincial", 2)))))
			.containsEntry("high_talent", "2");
		assertThat(scores(this.scoring.score(CODE,
				Map.of("high_talent", Map.of("academician", true, "national", true, "provincial", 4)))))
			.containsEntry("high_talent", "5");
	}

	@Test
	void bonusItemsAreCapped() {
		Map<String, Object> values = fullExample();
		values.put("assigned_tasks", 5);
		values.put("national_award", true);
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(scores(sheet)).containsEntry("assigned_tasks", "6").containsEntry("national_award", "4");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("18");
		assertThat(sheet.total()).isEqualByComparingTo("91");
	}

	@Test
	void theInnovationGoalIsLimitedToFiveHundredCharacters() {
		Map<String, Object> values = fullExample();
		values.put("innovation_goal", "创".repeat(500));
		assertThat(this.scoring.score(CODE, values).total()).isEqualByComparingTo("85");
		values.put("innovation_goal", "创".repeat(501));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score(CODE, values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("innovation_goal"));
	}

	@Test
	void membersAndLevelsAreChecked() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("members", List.of(Map.of("name", "甲公司", "credit_code", "91620000MA00000000", "rank", "龙头")));
		values.put("org_structure", "良好");
		values.put("midlong_goals", "很完善");
		values.put("lead_share_pct", -5);
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score(CODE, values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("members[0].rank", "org_structure", "midlong_goals", "lead_share_pct"));
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("alliance_name", "甘肃省新能源装备产业技术创新联盟");
		values.put("tech_field", "新能源装备");
		values.put("chair_name", "张明");
		values.put("chair_unit", "陇原风电装备有限公司");
		values.put("secretariat_host", "陇原风电装备有限公司");
		values.put("office_address", "武威市凉州区新能源产业园1号");
		values.put("office_contact", "李华 0935-1234567");
		values.put("lead_unit", "陇原风电装备有限公司");
		values.put("lead_output_yi", 1);
		values.put("lead_purchase_yi", new BigDecimal("0.6"));
		values.put("rd_investment_year", 650);
		values.put("rd_investment_3y", 1300);
		values.put("expert_committee", List.of(Map.of("name", "王强", "unit", "兰州理工大学", "title", "教授")));
		values.put("research_projects", Map.of("provincial_or_above", 1, "department", 3));
		values.put("sci_awards", Map.of("provincial_ministerial", 1, "social", 1));
		values.put("ip_granted", Map.of("invention", 1, "utility", 2, "other", 3));
		values.put("standards_3y", Map.of("national", 1, "group", 2, "enterprise", 1));
		values.put("problems_solved", 4);
		values.put("training_qualifications", 2);
		values.put("platforms", Map.of("national", 1, "provincial", 2));
		values.put("economic_benefit", 2000);
		values.put("high_talent", Map.of("academician", false, "national", true, "provincial", 3));
		values.put("national_award", false);
		values.put("assigned_tasks", 2);
		values.put("postal_address", "武威市凉州区新能源产业园1号");
		values.put("postcode", "733000");
		values.put("contact_name", "李华");
		values.put("contact_phone", "0935-1234567");
		values.put("member_total", 3);
		values.put("member_enterprises", 1);
		values.put("member_universities", 1);
		values.put("member_institutes", 1);
		values.put("innovation_goal", "突破大型风电装备关键部件共性技术，三年内形成省内配套体系。");
		values.put("industry_scale_yi", 100);
		values.put("lead_share_pct", 30);
		values.put("members_share_pct", new BigDecimal("72.5"));
		values.put("members",
				List.of(Map.of("name", "陇原风电装备有限公司", "credit_code", "91620600MA71234567", "standing", "省内龙头"),
						Map.of("name", "兰州理工大学", "credit_code", "12620000438000000X", "standing", "高校"),
						Map.of("name", "中科武威新能源研究所", "credit_code", "12620600MB0000000Y", "standing", "研究机构")));
		values.put("importance", 8);
		values.put("operating_mechanism", "设理事会、秘书处和技术专家委员会，制定项目、经费、保密管理制度。");
		values.put("org_structure", "比较完善");
		values.put("mgmt_system", "很完善");
		values.put("midlong_goals", "基本完成");
		values.put("featured_work_detail", "组织风电运维技术联合攻关。");
		values.put("featured_work", true);
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

}
