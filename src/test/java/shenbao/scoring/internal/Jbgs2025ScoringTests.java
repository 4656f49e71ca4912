package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static shenbao.scoring.internal.BundledPrograms.check;

/**
 * 产业科技创新揭榜挂帅 2025 (seed 003). The scheme has no points table, so the program answers with its eligibility
 * checks only (SPEC §9): support ≤ 500 万元 and ≤ 10% of the total investment, at least one participant, the basic
 * conditions declared, the commitment to finish in time.
 */
@ExtendWith(ChineseMessages.class)
class Jbgs2025ScoringTests {

	private static final List<String> CHECKS = List.of("participants", "requested_support", "support_ratio_pct",
			"strong_innovation_capacity", "has_rd_foundation", "one_task_per_unit", "meets_fund_rules",
			"completion_pledge");

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * participants         2 rows ≥ 1                                  → passed
	 * requested_support    500 ≤ 500 (the cap itself)                  → passed
	 * support_ratio_pct    500 × 100 / 5000 = 10% ≤ 10% (the edge)     → passed
	 * declarations         all true                                    → passed
	 * indicators none; base 0, bonus 0, total 0; eligible
	 * </pre>
	 */
	@Test
	void aConsortiumOnBothEdgesIsEligibleAndScoresNothing() {
		ScoreSheet sheet = this.scoring.score("jbgs-2025", fullExample());

		assertThat(sheet.program()).isEqualTo("jbgs-2025");
		assertThat(sheet.indicators()).isEmpty();
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.baseTotal()).isEqualByComparingTo("0");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("0");
		assertThat(sheet.total()).isEqualByComparingTo("0");
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactlyElementsOf(CHECKS);
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed).allMatch(EligibilityResult::blocking);
		assertThat(check(sheet, "support_ratio_pct").message()).isEqualTo("符合：一次性给予不高于项目总投资额10%的专项资金支持（填报值 10%）");
		assertThat(check(sheet, "participants").message()).contains("填报值 2");
	}

	@Test
	void supportOfExactlyFiveHundredPassesAndAboveItFails() {
		Map<String, Object> values = fullExample();
		values.put("total_investment", 8000);
		values.put("requested_support", new BigDecimal("500"));
		ScoreSheet sheet = this.scoring.score("jbgs-2025", values);
		assertThat(check(sheet, "requested_support").passed()).isTrue();
		assertThat(sheet.eligible()).isTrue();

		values.put("requested_support", new BigDecimal("500.01"));
		sheet = this.scoring.score("jbgs-2025", values);
		assertThat(check(sheet, "requested_support").passed()).isFalse();
		assertThat(check(sheet, "requested_support").message())
			.isEqualTo("不符合：专项资金支持最高不超过500万元（填报值 500.01）");
		assertThat(check(sheet, "support_ratio_pct").passed()).isTrue();
		assertThat(sheet.eligible()).isFalse();
	}

	@Test
	void supportOfExactlyTenPercentPassesAndJustAboveFails() {
		Map<String, Object> values = fullExample();
		values.put("total_investment", 1000);
		values.put("requested_support", 100);
		assertThat(check(this.scoring.score("jbgs-2025", values), "support_ratio_pct").passed()).isTrue();

		values.put("requested_support", new BigDecimal("100.01"));
		ScoreSheet sheet = this.scoring.score("jbgs-2025", values);
		assertThat(check(sheet, "support_ratio_pct").passed()).isFalse();
		assertThat(check(sheet, "support_ratio_pct").message()).startsWith("不符合").contains("10%");
		assertThat(check(sheet, "requested_support").passed()).isTrue();
		assertThat(sheet.eligible()).isFalse();

		values.put("requested_support", 100);
		values.put("total_investment", new BigDecimal("999.99"));
		assertThat(check(this.scoring.score("jbgs-2025", values), "support_ratio_pct").passed()).isFalse();
	}

	@Test
	void aDirectlySentRatioDoesNotOverrideTheRawFigures() {
		Map<String, Object> values = fullExample();
		values.put("requested_support", 200);
		values.put("total_investment", 1000);
		values.put("support_ratio_pct", 5);
		assertThat(check(this.scoring.score("jbgs-2025", values), "support_ratio_pct").passed()).isFalse();
	}

	@Test
	void aConsortiumNeedsAtLeastOneParticipant() {
		Map<String, Object> values = fullExample();
		values.put("participants", List.of());
		ScoreSheet sheet = this.scoring.score("jbgs-2025", values);
		assertThat(check(sheet, "participants").passed()).isFalse();
		assertThat(check(sheet, "participants").message())
			.isEqualTo("不符合：联合体揭榜牵头单位 1 家，参与单位不少于 1 家（填报值 0）");
		assertThat(sheet.eligible()).isFalse();

		values.put("participants", List.of(participant("兰州大学", "12620000438000123X", "高等院校", "材料表征")));
		assertThat(check(this.scoring.score("jbgs-2025", values), "participants").passed()).isTrue();
	}

	@Test
	void missingValuesFailTheirChecksWithAMessage() {
		ScoreSheet sheet = this.scoring.score("jbgs-2025", Map.of("requested_support", 300));

		assertThat(sheet.eligible()).isFalse();
		assertThat(sheet.total()).isEqualByComparingTo("0");
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactlyElementsOf(CHECKS);
		assertThat(check(sheet, "requested_support").passed()).isTrue();
		assertThat(sheet.eligibility()).filteredOn(result -> !result.key().equals("requested_support"))
			.noneMatch(EligibilityResult::passed);
		assertThat(check(sheet, "participants").message()).contains("填报值 0");
		assertThat(check(sheet, "support_ratio_pct").message())
			.isEqualTo("未填写“项目总投资额”，无法判断：一次性给予不高于项目总投资额10%的专项资金支持");
		assertThat(check(sheet, "completion_pledge").message())
			.isEqualTo("未填写“本联合体承诺揭榜后能够在指定期限内完成任务”，无法判断：揭榜申请单位需承诺揭榜后能够在指定期限内完成任务");
		assertThat(check(this.scoring.score("jbgs-2025", Map.of()), "requested_support").message())
			.isEqualTo("未填写“申请省级专项资金支持”，无法判断：专项资金支持最高不超过500万元");
	}

	@Test
	void aZeroTotalInvestmentIsReportedNotDividedBy() {
		Map<String, Object> values = fullExample();
		values.put("total_investment", 0);
		ScoreSheet sheet = this.scoring.score("jbgs-2025", values);
		assertThat(check(sheet, "support_ratio_pct").passed()).isFalse();
		assertThat(check(sheet, "support_ratio_pct").message()).startsWith("“项目总投资额”为 0");
	}

	@Test
	void eachBasicConditionDeclaredFalseMakesTheConsortiumIneligible() {
		for (String declaration : List.of("strong_innovation_capacity", "has_rd_foundation", "one_task_per_unit",
				"meets_fund_rules", "completion_pledge")) {
			Map<String, Object> values = fullExample();
			values.put(declaration, false);
			ScoreSheet sheet = this.scoring.score("jbgs-2025", values);
			assertThat(sheet.eligible()).as(declaration).isFalse();
			assertThat(sheet.eligibility()).filteredOn(result -> !result.passed())
				.extracting(EligibilityResult::key)
				.containsExactly(declaration);
			assertThat(check(sheet, declaration).message()).startsWith("不符合").endsWith("（填报值 否）");
		}
	}

	@Test
	void participantRowsAreCheckedColumnByColumn() {
		Map<String, Object> values = fullExample();
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(participant("甘肃某研究院", "12620000MB1234567X", "事业单位", "中试验证"));
		Map<String, Object> extra = participant("兰州某公司", "91620100MA0000000X", "企业", "工艺");
		extra.put("share", 30);
		rows.add(extra);
		values.put("participants", rows);
		values.put("task_field", "量子计算");
		values.put("task_kind", "前沿探索");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score("jbgs-2025", values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("participants[0].unit_type", "participants[1].share", "task_field",
						"task_kind"));
	}

	@Test
	void theFormCarriesTheTaskTheConsortiumAndThePledges() {
		ProgramDefinition program = program();
		assertThat(program.field("task_field").orElseThrow().options()).containsExactly("冶金有色", "能源化工", "电子信息",
				"智能装备", "新材料", "生物医药", "航空航天", "循环经济", "未来产业");
		assertThat(program.field("task_kind").orElseThrow().options()).containsExactly("核心基础", "重点产品", "公共支撑",
				"示范应用");
		Field participants = program.field("participants").orElseThrow();
		assertThat(participants.type()).isEqualTo(FieldType.TABLE);
		assertThat(participants.columns()).extracting(Field.Column::key)
			.containsExactly("name", "credit_code", "unit_type", "role");
		assertThat(participants.columns().get(2).options()).containsExactly("企业", "高等院校", "科研院所", "其他");
		assertThat(program.fields().filter(Field::pledge).map(Field::key).toList()).containsExactly("notice_acknowledged", "completion_pledge", "truthfulness_pledge");
		assertThat(program.attachmentSlots()).extracting(slot -> slot.key())
			.contains("application_book", "consortium_agreement", "funding_proof", "rd_foundation_proof");
	}

	@Test
	void noCountyLevelAndTheWindowsOfTheSchemesFirstYear() {
		ProgramDefinition program = program();
		assertThat(program.province()).isEqualTo("620000");
		assertThat(program.chain().levels()).containsExactly(ReviewLevel.CITY, ReviewLevel.PROVINCE, ReviewLevel.EXPERT);
		assertThat(program.chain().hasCounty()).isFalse();
		assertThat(program.chain().scoringLevels()).containsExactly(ReviewLevel.EXPERT);
		assertThat(program.windows().apply().opens()).isEqualTo(LocalDateTime.of(2025, 2, 18, 0, 0));
		assertThat(program.windows().countyCloses()).isNull();
		assertThat(program.windows().cityCloses()).isEqualTo(LocalDateTime.of(2025, 12, 11, 0, 0));
		assertThat(program.quotas().perCity()).isNull();
	}

	static Map<String, Object> fullExample() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("task_code", "JBGS-2025-07");
		values.put("task_name", "高性能铝合金板带关键制备技术");
		values.put("task_field", "冶金有色");
		values.put("task_kind", "核心基础");
		values.put("task_content", "突破高强高韧铝合金板带轧制与热处理工艺");
		values.put("task_time_limit", "2027年12月前完成");
		values.put("national_guide_task", false);
		values.put("lead_unit_name", "白银有色新材料有限公司");
		values.put("lead_credit_code", "91620400MA71234567");
		values.put("lead_unit_type", "企业");
		values.put("lead_contact", "张工");
		values.put("lead_contact_phone", "0943-8888888");
		values.put("innovation_capacity", "省级企业技术中心，研发人员120人");
		values.put("rd_foundation", "已建成中试线，拥有相关发明专利6项");
		List<Map<String, Object>> participants = new ArrayList<>();
		participants.add(participant("兰州理工大学", "12620000438000456X", "高等院校", "合金成分设计"));
		participants.add(participant("甘肃省科学院", "12620000438000789X", "科研院所", "性能检测与评价"));
		values.put("participants", participants);
		values.put("total_investment", 5000);
		values.put("requested_support", 500);
		values.put("funding_sources", "企业自筹4500万元");
		values.put("target_indicators", "抗拉强度≥600MPa");
		values.put("implementation_plan", "2025年完成工艺定型，2026年中试，2027年量产");
		values.put("planned_completion", "2027-12-31");
		values.put("strong_innovation_capacity", true);
		values.put("has_rd_foundation", true);
		values.put("one_task_per_unit", true);
		values.put("meets_fund_rules", true);
		values.put("notice_acknowledged", true);
		values.put("completion_pledge", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

	private static Map<String, Object> participant(String name, String creditCode, String unitType, String role) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name);
		row.put("credit_code", creditCode);
		row.put("unit_type", unitType);
		row.put("role", role);
		return row;
	}

	private static ProgramDefinition program() {
		return new BundledPrograms().get("jbgs-2025");
	}

}
