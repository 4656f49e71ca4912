package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.program.Bound;
import shenbao.program.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule kind at and around the boundaries the seeds name (SPEC §7 readings). */
class RuleEvaluatorTests {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static String score(Rule rule, Object value, String max) {
		return RuleEvaluator.evaluate(rule, value, d(max)).toPlainString();
	}

	// 研发设备原值 (行业技术中心): ≥1300 → 5; 1100-1300 → 4; 900-1100 → 3; 700-900 → 1; < 700 → 0
	private static final Rule.Bands EQUIPMENT = new Rule.Bands(List.of(new Rule.Band(d("1300"), d("5")),
			new Rule.Band(d("1100"), d("4")), new Rule.Band(d("900"), d("3")), new Rule.Band(d("700"), d("1"))),
			BigDecimal.ZERO);

	@ParameterizedTest(name = "研发设备原值 {0} 万元 → {1} 分")
	@CsvSource({ "0, 0", "699, 0", "699.99, 0", "700, 1", "899, 1", "899.99, 1", "900, 3", "1099, 3", "1100, 4",
			"1299, 4", "1300, 5", "5000, 5" })
	void bandsIncludeTheirLowerBound(String value, String expected) {
		assertThat(score(EQUIPMENT, d(value), "5")).isEqualTo(expected);
	}

	// 研发经费支出占主营业务收入的比重: 低于2%不得分，达到2%得1分，每增加0.5%，加1分，10分满分
	private static final Rule.Step RD_RATIO = new Rule.Step(d("2"), d("0.5"), BigDecimal.ONE, BigDecimal.ONE);

	@ParameterizedTest(name = "研发经费占比 {0}% → {1} 分")
	@CsvSource({ "0, 0", "1.99, 0", "2, 1", "2.49, 1", "2.5, 2", "2.99, 2", "3, 3", "6.49, 9", "6.5, 10", "6.99, 10",
			"30, 10" })
	void stepEarnsOnePointAtTheStartAndOneMorePerFullStep(String value, String expected) {
		assertThat(score(RD_RATIO, d(value), "10")).isEqualTo(expected);
	}

	// 企业技术开发仪器设备原值: 低于300万元不得分，300万元得1分，每增加100万加1分，5分满分
	@ParameterizedTest(name = "仪器设备原值 {0} 万元 → {1} 分")
	@CsvSource({ "299, 0", "299.99, 0", "300, 1", "399, 1", "400, 2", "699, 4", "700, 5", "899, 5", "900, 5" })
	void equipmentStepCapsAtItsMax(String value, String expected) {
		Rule.Step rule = new Rule.Step(d("300"), d("100"), BigDecimal.ONE, BigDecimal.ONE);
		assertThat(score(rule, d(value), "5")).isEqualTo(expected);
	}

	// 联盟考核 经济效益: < 500 → 0, 500 → 4, each further full 500 → +2, max 12
	@ParameterizedTest(name = "经济效益 {0} 万元 → {1} 分")
	@CsvSource({ "499, 0", "500, 4", "999, 4", "1000, 6", "1500, 8", "2500, 12", "9000, 12" })
	void stepWithItsOwnFirstPointsAndIncrement(String value, String expected) {
		Rule.Step rule = new Rule.Step(d("500"), d("500"), d("4"), d("2"));
		assertThat(score(rule, d(value), "12")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} 项 × 1 分, 满分 5 → {1}")
	@CsvSource({ "0, 0", "1, 1", "4, 4", "5, 5", "6, 5", "100, 5" })
	void eachCountsUpToItsMax(String count, String expected) {
		assertThat(score(new Rule.Each(BigDecimal.ONE), d(count), "5")).isEqualTo(expected);
	}

	@Test
	void eachWithHalfPoints() {
		assertThat(score(new Rule.Each(d("0.5")), d("3"), "4")).isEqualTo("1.5");
	}

	// 当年获取的专利申请数: 发明 2, 实用新型 1, 软件著作权 2, 外观设计 0.5, 满分 5
	private static final Rule.Weighted PATENTS = new Rule.Weighted(
			Map.of("invention", d("2"), "utility", d("1"), "software", d("2"), "design", d("0.5")));

	@Test
	void weightedSumsEachKindWithItsPoints() {
		assertThat(score(PATENTS, counts("design", "3"), "5")).isEqualTo("1.5");
		assertThat(score(PATENTS, counts("invention", "1", "utility", "1", "design", "1"), "5")).isEqualTo("3.5");
		assertThat(score(PATENTS, counts("invention", "2", "software", "1"), "5")).isEqualTo("5");
		assertThat(score(PATENTS, counts(), "5")).isEqualTo("0");
	}

	@Test
	void weightedCountsABooleanPartAsOne() {
		// 高层次人才: 院士 5 + 国家级 3 + 省级 1 each, capped at 5 (SPEC §7.2 Reading)
		Rule.Weighted talent = new Rule.Weighted(Map.of("academician", d("5"), "national", d("3"), "provincial", d("1")));
		Map<String, Object> some = new LinkedHashMap<>();
		some.put("national", Boolean.TRUE);
		some.put("provincial", d("1"));
		assertThat(score(talent, some, "5")).isEqualTo("4");
		some.put("academician", Boolean.TRUE);
		assertThat(score(talent, some, "5")).isEqualTo("5");
		some.put("academician", Boolean.FALSE);
		some.put("national", Boolean.FALSE);
		assertThat(score(talent, some, "5")).isEqualTo("1");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "很完善, 3", "比较完善, 2", "基本完善, 1", "不完善, 0" })
	void levelEarnsItsPoints(String level, String expected) {
		Rule.Level rule = new Rule.Level(Map.of("很完善", d("3"), "比较完善", d("2"), "基本完善", d("1"), "不完善", d("0")));
		assertThat(score(rule, level, "3")).isEqualTo(expected);
	}

	@Test
	void flagEarnsItsPointsOnlyWhenTrue() {
		assertThat(score(new Rule.Flag(d("10")), Boolean.TRUE, "10")).isEqualTo("10");
		assertThat(score(new Rule.Flag(d("10")), Boolean.FALSE, "10")).isEqualTo("0");
	}

	@ParameterizedTest(name = "研发投入占销售收入比例 {0}% (基本要求 ≥2) → {1}")
	@CsvSource({ "1.99, 0", "2, 15", "2.01, 15" })
	void meetsEarnsTheFullWeightFromAnInclusiveRequirement(String value, String expected) {
		Rule.Meets rule = new Rule.Meets(new Bound(Bound.Comparison.AT_LEAST, d("2")));
		assertThat(score(rule, d(value), "15")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "研发投入与收益比 {0} (基本要求 >1.2) → {1}")
	@CsvSource({ "1.19, 0", "1.2, 0", "1.21, 3" })
	void meetsWithAStrictRequirementExcludesTheBound(String value, String expected) {
		Rule.Meets rule = new Rule.Meets(new Bound(Bound.Comparison.ABOVE, d("1.2")));
		assertThat(score(rule, d(value), "3")).isEqualTo(expected);
	}

	@Test
	void meetsAcceptsANegativeValueAndFailsIt() {
		Rule.Meets rule = new Rule.Meets(new Bound(Bound.Comparison.AT_LEAST, BigDecimal.ZERO));
		assertThat(score(rule, d("-0.5"), "3")).isEqualTo("0");
		assertThat(score(rule, d("0"), "3")).isEqualTo("3");
	}

	@ParameterizedTest(name = "threshold {0} → {1}")
	@CsvSource({ "0.99, 0", "1, 4", "7, 4" })
	void thresholdEarnsItsPointsFromTheBound(String value, String expected) {
		Rule.Threshold rule = new Rule.Threshold(new Bound(Bound.Comparison.AT_LEAST, BigDecimal.ONE), d("4"));
		assertThat(score(rule, d(value), "4")).isEqualTo(expected);
	}

	@Test
	void pickTakesTheReviewersNumber() {
		Rule.Pick rule = new Rule.Pick(Map.of("十分重要", new Rule.Range(d("7"), d("10")), "不重要",
				new Rule.Range(BigDecimal.ZERO, BigDecimal.ZERO)));
		assertThat(score(rule, d("8"), "10")).isEqualTo("8");
	}

	private static Map<String, Object> counts(String... pairs) {
		Map<String, Object> counts = new LinkedHashMap<>();
		for (int index = 0; index < pairs.length; index += 2) {
			counts.put(pairs[index], d(pairs[index + 1]));
		}
		return counts;
	}

}
