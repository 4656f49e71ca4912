package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static shenbao.scoring.internal.BundledPrograms.scores;

/** 产业技术创新联盟 2024 (seed 001 附件4 自评表) scored on a full example worked out by hand. */
@ExtendWith(ChineseMessages.class)
class Alliance2024ScoringTests {

	private static final String CODE = "alliance-2024";

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * mgmt_system                  比较完善                                                  → 3
	 * midlong_plan                 基本规划                                                  → 2
	 * ip_granted                   2 × 5 + 3 × 2 + 4 × 1 = 20 (exactly the cap)             → 20
	 * standards_3y                 national_part 1 × 5 + local_lead 1 × 6 + group_part 2 × 1
	 *                              + enterprise 1 × 1 = 14                                   → 14
	 * problems_solved              problems 2 × 5 + national_gaps 0 × 20 = 10                → 10
	 * new_product_sales_generated  3000 万元: 1 + floor((3000 − 500) / 500) = 6 (on a step)   → 6
	 * high_talent                  national 3 + provincial 1 × 1 = 4                         → 4
	 * promotion_events             2 × 2                                                     → 4
	 * base  = 3+2+20+14+10+6+4+4 = 63;  no bonus items;  total = 63
	 * priority_field               declared                                                  passed (warning only)
	 * </pre>
	 */
	@Test
	void fullExampleScoresAsWorkedOutByHand() {
		ScoreSheet sheet = this.scoring.score(CODE, fullExample());

		assertThat(scores(sheet)).containsExactly(entry("mgmt_system", "3"), entry("midlong_plan", "2"),
				entry("ip_granted", "20"), entry("standards_3y", "14"), entry("problems_solved", "10"),
				entry("new_product_sales_generated", "6"), entry("high_talent", "4"), entry("promotion_events", "4"));
		assertThat(sheet.baseTotal()).isEqualByComparingTo("63");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("0");
		assertThat(sheet.total()).isEqualByComparingTo("63");
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactly("priority_field");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed);
	}

	@Test
	void maximaAddUpToOneHundredWithoutBonus() {
		ScoreSheet sheet = this.scoring.score(CODE, Map.of());
		BigDecimal base = sheet.indicators().stream().filter(i -> !i.bonus()).map(IndicatorScore::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(base).isEqualByComparingTo("100");
		assertThat(sheet.indicators()).noneMatch(IndicatorScore::bonus);
		assertThat(sheet.missing()).hasSize(8);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "mgmt_system, 很完善, 5", "mgmt_system, 比较完善, 3", "mgmt_system, 基本完善, 1", "mgmt_system, 不完善, 0",
			"midlong_plan, 规划完善可行性高, 5", "midlong_plan, 较好, 3", "midlong_plan, 基本规划, 2", "midlong_plan, 无规划, 0" })
	void qualitativeLevelsOfTheSelfEvaluationTable(String key, String level, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of(key, level)))).containsEntry(key, expected);
	}

	@ParameterizedTest(name = "new_product_sales_generated {0} → {1}")
	@CsvSource({ "0, 0", "499.99, 0", "500, 1", "999.99, 1", "1000, 2", "9999.99, 19", "10000, 20", "25000, 20" })
	void oneForEveryFullFiveHundred(BigDecimal value, String expected) {
		assertThat(scores(this.scoring.score(CODE, Map.of("new_product_sales_generated", value))))
			.containsEntry("new_product_sales_generated", expected);
	}

	@Test
	void standardsWeighByLevelAndRoleUpToTwenty() {
		assertThat(score(Map.of("standards_3y", Map.of("intl_lead", 1)), "standards_3y")).isEqualTo("20");
		assertThat(score(Map.of("standards_3y", Map.of("intl_part", 1, "national_lead", 1)), "standards_3y"))
			.isEqualTo("20");
		assertThat(score(Map.of("standards_3y", Map.of("industry_lead", 1, "industry_part", 1, "local_part", 1,
				"group_lead", 1, "enterprise", 2)), "standards_3y")).isEqualTo("17");
		assertThat(score(Map.of("standards_3y", Map.of("national_lead", 3)), "standards_3y")).isEqualTo("20");
	}

	@Test
	void aFilledNationalGapAloneEarnsTheFullTwenty() {
		assertThat(score(Map.of("problems_solved", Map.of("national_gaps", 1)), "problems_solved")).isEqualTo("20");
		assertThat(score(Map.of("problems_solved", Map.of("problems", 3)), "problems_solved")).isEqualTo("15");
		assertThat(score(Map.of("problems_solved", Map.of("problems", 5)), "problems_solved")).isEqualTo("20");
	}

	@Test
	void talentAndPromotionAreCappedAtFive() {
		assertThat(score(Map.of("high_talent", Map.of("academician", true, "national", true)), "high_talent"))
			.isEqualTo("5");
		assertThat(score(Map.of("high_talent", Map.of("provincial", 2)), "high_talent")).isEqualTo("2");
		assertThat(score(Map.of("promotion_events", 2), "promotion_events")).isEqualTo("4");
		assertThat(score(Map.of("promotion_events", 3), "promotion_events")).isEqualTo("5");
	}

	@Test
	void everyMaximumAddsUpToOneHundred() {
		Map<String, Object> values = fullExample();
		values.put("mgmt_system", "很完善");
		values.put("midlong_plan", "规划完善可行性高");
		values.put("standards_3y", Map.of("intl_part", 2));
		values.put("problems_solved", Map.of("problems", 1, "national_gaps", 1));
		values.put("new_product_sales_generated", 10000);
		values.put("high_talent", Map.of("academician", true));
		values.put("promotion_events", 3);
		assertThat(this.scoring.score(CODE, values).total()).isEqualByComparingTo("100");
	}

	@Test
	void anAllianceOutsideThePriorityFieldsIsWarnedNotRefused() {
		Map<String, Object> values = fullExample();
		values.put("priority_field", false);
		ScoreSheet sheet = this.scoring.score(CODE, values);
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility().getFirst().passed()).isFalse();
		assertThat(sheet.eligibility().getFirst().blocking()).isFalse();
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("alliance_name", "武威市现代种业产业技术创新联盟");
		values.put("tech_field", "现代种业");
		values.put("priority_field", true);
		values.put("lead_unit", "武威金苹果农业股份有限公司");
		values.put("contact_name", "安明");
		values.put("contact_phone", "0935-6976000");
		values.put("mgmt_system", "比较完善");
		values.put("midlong_plan", "基本规划");
		values.put("ip_granted", Map.of("invention", 2, "utility", 3, "other", 4));
		values.put("standards_3y", Map.of("national_part", 1, "local_lead", 1, "group_part", 2, "enterprise", 1));
		values.put("problems_solved", Map.of("problems", 2, "national_gaps", 0));
		values.put("new_product_sales_generated", 3000);
		values.put("high_talent", Map.of("academician", false, "national", true, "provincial", 1));
		values.put("promotion_events", 2);
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

	private String score(Map<String, Object> values, String key) {
		return scores(this.scoring.score(CODE, values)).get(key);
	}

}
