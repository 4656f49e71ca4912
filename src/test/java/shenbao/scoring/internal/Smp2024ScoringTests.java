package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static shenbao.scoring.internal.BundledPrograms.check;

/**
 * 广东省智能制造生态合作伙伴 2024 (seed 002). No points table: the program answers with its eligibility checks (SPEC
 * §9): the basic declarations, the qualification of a 直接认定 application, and the measurable 遴选条件 of the one
 * domain applied for (附件1), which apply only to that domain.
 */
@ExtendWith(ChineseMessages.class)
class Smp2024ScoringTests {

	private static final List<String> SELECTION_BASICS = List.of("registered_in_guangdong", "no_major_accident",
			"good_credit", "not_previously_selected");

	private static final List<String> QUALIFICATIONS = List.of("省级机器人骨干（培育）企业", "广东省智能制造公共技术支撑平台",
			"国家和省智能制造试点示范项目依托单位", "国家智能制造试点示范工厂揭榜单位和优秀场景依托单位", "智能制造标准应用试点项目依托单位",
			"国家智能制造综合标准化与新模式应用项目牵头单位", "省级大数据/人工智能骨干（培育）企业", "省制造业数字化转型产业生态供给资源池",
			"智能制造领域省级及以上制造业创新中心");

	private final RuleScoring scoring = BundledPrograms.scoring();

	/**
	 * <pre>
	 * 遴选加入, 智能制造装备, every figure on its edge:
	 * registered_in_guangdong / no_major_accident / good_credit / not_previously_selected   true   → passed
	 * equipment_invention_patents   core_invention_patents 5 ≥ 5                                   → passed
	 * equipment_rd_team             rd_staff 20 ≥ 20                                               → passed
	 * equipment_avg_main_revenue    (1200 + 1500 + 1800) / 3 = 1500 ≥ 1500                         → passed
	 * no other domain's check applies (no cases, no copyrights, no service staff given)
	 * indicators none; base 0, bonus 0, total 0; eligible
	 * </pre>
	 */
	@Test
	void anEquipmentMakerOnEveryEdgeIsEligibleAndScoresNothing() {
		Map<String, Object> values = application("遴选加入", "智能制造装备");
		values.put("main_revenue", Map.of("y2021", 1200, "y2022", 1500, "y2023", 1800));
		values.put("main_revenue_avg_3y", 1500);
		values.put("core_invention_patents", 5);
		values.put("rd_staff", 20);

		ScoreSheet sheet = this.scoring.score("smp-2024", values);

		assertThat(sheet.program()).isEqualTo("smp-2024");
		assertThat(sheet.indicators()).isEmpty();
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.baseTotal()).isEqualByComparingTo("0");
		assertThat(sheet.bonusTotal()).isEqualByComparingTo("0");
		assertThat(sheet.total()).isEqualByComparingTo("0");
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.containsExactly("registered_in_guangdong", "no_major_accident", "good_credit", "not_previously_selected",
					"equipment_invention_patents", "equipment_rd_team", "equipment_avg_main_revenue");
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed).allMatch(EligibilityResult::blocking);
		assertThat(check(sheet, "equipment_avg_main_revenue").message())
			.isEqualTo("符合：近三年平均主营业务收入达 1500 万元以上（填报值 1500）");
	}

	static Stream<Arguments> domains() {
		return Stream.of(
				arguments("智能制造装备", List.of("equipment_invention_patents", "equipment_rd_team",
						"equipment_avg_main_revenue")),
				arguments("关键软件", List.of("software_copyrights", "software_cases", "software_rd_team")),
				arguments("信息网络基础设施", List.of("network_cases", "network_invention_patents")),
				arguments("智能制造系统解决方案", List.of("solution_cases", "solution_invention_patents", "solution_rd_team")),
				arguments("行业组织", List.of("organisation_staff", "organisation_qualified_share", "organisation_cases")),
				arguments("智能制造人才", List.of("talent_unit_kind", "talent_institute_rd_team",
						"talent_institute_invention_patents")),
				arguments("智能制造金融服务", List.of("finance_premises", "finance_staff", "finance_products",
						"finance_cases")),
				arguments("智能制造试点示范", List.of("pilot_category", "pilot_elements_met", "pilot_cases", "pilot_built")));
	}

	/**
	 * Each domain's figures exactly on its edges pass, and only that domain's conditions are checked: every figure
	 * another domain needs is left short (0, none, no) and does not count.
	 */
	@ParameterizedTest
	@MethodSource("domains")
	void eachDomainIsCheckedOnlyAgainstItsOwnConditions(String domain, List<String> domainChecks) {
		Map<String, Object> values = onTheEdges(domain);
		values.putIfAbsent("core_invention_patents", 0);
		values.putIfAbsent("rd_staff", 0);
		values.putIfAbsent("main_revenue_avg_3y", 0);
		values.putIfAbsent("software_copyrights", 0);
		values.putIfAbsent("service_staff", 0);
		values.putIfAbsent("qualified_staff", 0);
		values.putIfAbsent("finance_premises", false);
		values.putIfAbsent("products", List.of());
		values.putIfAbsent("cases", List.of());
		values.putIfAbsent("pilot_elements_met", false);
		values.putIfAbsent("pilot_built", false);

		ScoreSheet sheet = this.scoring.score("smp-2024", values);

		List<String> expected = new ArrayList<>(SELECTION_BASICS);
		expected.addAll(domainChecks);
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key).containsExactlyElementsOf(expected);
		assertThat(sheet.eligibility()).allMatch(EligibilityResult::passed);
		assertThat(sheet.eligible()).isTrue();
		assertThat(sheet.indicators()).isEmpty();
		assertThat(sheet.total()).isEqualByComparingTo("0");
	}

	static Stream<Arguments> justBelowAnEdge() {
		return Stream.of(
				arguments("智能制造装备", "core_invention_patents", 4, "equipment_invention_patents"),
				arguments("智能制造装备", "rd_staff", 19, "equipment_rd_team"),
				arguments("智能制造装备", "main_revenue_avg_3y", new BigDecimal("1499.99"), "equipment_avg_main_revenue"),
				arguments("关键软件", "software_copyrights", 4, "software_copyrights"),
				arguments("关键软件", "cases", cases(4), "software_cases"),
				arguments("关键软件", "rd_staff", 19, "software_rd_team"),
				arguments("信息网络基础设施", "cases", cases(4), "network_cases"),
				arguments("信息网络基础设施", "core_invention_patents", 4, "network_invention_patents"),
				arguments("智能制造系统解决方案", "cases", cases(4), "solution_cases"),
				arguments("智能制造系统解决方案", "core_invention_patents", 4, "solution_invention_patents"),
				arguments("智能制造系统解决方案", "rd_staff", 19, "solution_rd_team"),
				arguments("行业组织", "service_staff", 19, "organisation_staff"),
				arguments("行业组织", "qualified_staff", 9, "organisation_qualified_share"),
				arguments("行业组织", "cases", cases(4), "organisation_cases"),
				arguments("智能制造人才", "rd_staff", 19, "talent_institute_rd_team"),
				arguments("智能制造人才", "core_invention_patents", 4, "talent_institute_invention_patents"),
				arguments("智能制造金融服务", "finance_premises", false, "finance_premises"),
				arguments("智能制造金融服务", "service_staff", 19, "finance_staff"),
				arguments("智能制造金融服务", "products", products(2), "finance_products"),
				arguments("智能制造金融服务", "cases", cases(9), "finance_cases"),
				arguments("智能制造试点示范", "pilot_elements_met", false, "pilot_elements_met"),
				arguments("智能制造试点示范", "cases", cases(4), "pilot_cases"),
				arguments("智能制造试点示范", "pilot_built", false, "pilot_built"));
	}

	@ParameterizedTest
	@MethodSource("justBelowAnEdge")
	void justBelowAnEdgeFailsThatCheckOnly(String domain, String field, Object value, String failing) {
		Map<String, Object> values = onTheEdges(domain);
		values.put(field, value);

		ScoreSheet sheet = this.scoring.score("smp-2024", values);

		assertThat(sheet.eligible()).isFalse();
		assertThat(sheet.eligibility()).filteredOn(result -> !result.passed())
			.extracting(EligibilityResult::key)
			.containsExactly(failing);
		assertThat(check(sheet, failing).message()).startsWith("不符合：");
	}

	@Test
	void theQualifiedShareIsHalfOfTheServiceStaffOrMore() {
		Map<String, Object> values = onTheEdges("行业组织");
		values.put("service_staff", 37);
		values.put("qualified_staff", 19);
		assertThat(check(this.scoring.score("smp-2024", values), "organisation_qualified_share").message())
			.isEqualTo("符合：本科以上学历或中级以上技术职称的科技人员达到 50% 以上（填报值 51.35%）");
		values.put("qualified_staff", 18);
		assertThat(check(this.scoring.score("smp-2024", values), "organisation_qualified_share").passed()).isFalse();
		values.put("service_staff", 0);
		assertThat(check(this.scoring.score("smp-2024", values), "organisation_qualified_share").message())
			.startsWith("“领域内专职服务人员数");
	}

	@Test
	void talentConditionsFollowTheKindOfUnit() {
		Map<String, Object> school = application("遴选加入", "智能制造人才");
		school.put("talent_unit_kind", "高等院校、技工院校、职业学校等单位");
		school.put("cases", cases(3));
		ScoreSheet sheet = this.scoring.score("smp-2024", school);
		assertThat(domainChecks(sheet)).containsExactly("talent_unit_kind", "talent_school_partners");
		assertThat(sheet.eligible()).isTrue();
		school.put("cases", cases(2));
		assertThat(check(this.scoring.score("smp-2024", school), "talent_school_partners").passed()).isFalse();

		Map<String, Object> enterprise = application("遴选加入", "智能制造人才");
		enterprise.put("talent_unit_kind", "企业单位");
		enterprise.put("cases", cases(3));
		sheet = this.scoring.score("smp-2024", enterprise);
		assertThat(domainChecks(sheet)).containsExactly("talent_unit_kind", "talent_enterprise_programs");
		assertThat(sheet.eligible()).isTrue();
		enterprise.put("cases", cases(2));
		assertThat(this.scoring.score("smp-2024", enterprise).eligible()).isFalse();

		Map<String, Object> unknownKind = application("遴选加入", "智能制造人才");
		sheet = this.scoring.score("smp-2024", unknownKind);
		assertThat(domainChecks(sheet)).containsExactly("talent_unit_kind");
		assertThat(check(sheet, "talent_unit_kind").message()).startsWith("未填写“智能制造人才领域单位类别”");
		assertThat(sheet.eligible()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "registered_in_guangdong", "no_major_accident", "good_credit",
			"not_previously_selected" })
	void aBasicDeclarationAnsweredNoMakesTheUnitIneligible(String declaration) {
		Map<String, Object> values = onTheEdges("关键软件");
		values.put(declaration, false);

		ScoreSheet sheet = this.scoring.score("smp-2024", values);

		assertThat(sheet.eligible()).isFalse();
		assertThat(sheet.eligibility()).filteredOn(result -> !result.passed())
			.extracting(EligibilityResult::key)
			.containsExactly(declaration);
		assertThat(check(sheet, declaration).message()).startsWith("不符合：").endsWith("（填报值 否）");
		assertThat(check(sheet, declaration).blocking()).isTrue();
	}

	@Test
	void directRecognitionNeedsOneOfTheNineQualifications() {
		for (String qualification : QUALIFICATIONS) {
			Map<String, Object> values = onTheEdges("智能制造装备");
			values.put("path", "直接认定");
			values.put("qualification", qualification);
			ScoreSheet sheet = this.scoring.score("smp-2024", values);
			assertThat(sheet.eligible()).as(qualification).isTrue();
			assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
				.containsExactly("no_major_accident", "good_credit", "not_previously_selected", "qualification");
		}
		Map<String, Object> values = onTheEdges("智能制造装备");
		values.put("path", "直接认定");
		ScoreSheet sheet = this.scoring.score("smp-2024", values);
		assertThat(sheet.eligible()).isFalse();
		assertThat(check(sheet, "qualification").message())
			.isEqualTo("未填写“直接认定资质（已取得以下资质条件之一）”，无法判断：直接认定：申报单位需已取得九类资质条件之一");
		assertThat(program().field("qualification").orElseThrow().options()).containsExactlyElementsOf(QUALIFICATIONS);
	}

	@Test
	void directRecognitionIsNotHeldToTheDomainsSelectionConditions() {
		// 遴选条件 belong to the 遴选加入 path; 直接认定 asks only for one of the nine qualifications.
		Map<String, Object> values = new java.util.LinkedHashMap<>(Map.of("path", "直接认定", "domain", "智能制造装备",
				"qualification", QUALIFICATIONS.get(0), "core_invention_patents", 3));
		ScoreSheet sheet = this.scoring.score("smp-2024", values);
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.doesNotContain("equipment_invention_patents", "equipment_rd_team", "equipment_avg_main_revenue");
		values.put("path", "遴选加入");
		assertThat(this.scoring.score("smp-2024", values).eligibility()).extracting(EligibilityResult::key)
			.contains("equipment_invention_patents", "equipment_rd_team", "equipment_avg_main_revenue");
	}

	@Test
	void missingFiguresFailTheDomainsChecksWithAMessage() {
		ScoreSheet sheet = this.scoring.score("smp-2024", Map.of("path", "遴选加入", "domain", "智能制造装备"));
		assertThat(sheet.eligible()).isFalse();
		assertThat(sheet.eligibility()).noneMatch(EligibilityResult::passed);
		assertThat(check(sheet, "good_credit").message()).startsWith("未填写“信用良好");
		assertThat(check(sheet, "equipment_rd_team").message())
			.isEqualTo("未填写“研发人员数（研发技术团队人数）”，无法判断：企业设有或正在建设研发机构，研发技术团队不少于 20 人");
		assertThat(check(sheet, "equipment_avg_main_revenue").message()).startsWith("未填写“近三年平均主营业务收入”");

		ScoreSheet finance = this.scoring.score("smp-2024", Map.of("path", "遴选加入", "domain", "智能制造金融服务"));
		assertThat(check(finance, "finance_cases").message())
			.isEqualTo("不符合：近三年共有 10 个以上智能制造领域服务案例（填报值 0）");
	}

	@Test
	void withoutADomainNoDomainConditionApplies() {
		ScoreSheet sheet = this.scoring.score("smp-2024", Map.of());
		assertThat(sheet.eligibility()).extracting(EligibilityResult::key)
			.containsExactly("no_major_accident", "good_credit", "not_previously_selected");
	}

	@Test
	void theFormOffersTheSeedsDomainsAndTwentyClusters() {
		ProgramDefinition program = program();
		assertThat(program.field("path").orElseThrow().options()).containsExactly("遴选加入", "直接认定");
		assertThat(program.field("domain").orElseThrow().options()).containsExactly("智能制造装备", "关键软件", "信息网络基础设施",
				"智能制造系统解决方案", "行业组织", "智能制造人才", "智能制造金融服务", "智能制造试点示范");
		Field clusters = program.field("clusters").orElseThrow();
		assertThat(clusters.type()).isEqualTo(FieldType.COUNTS);
		assertThat(clusters.subKeys()).hasSize(20).allMatch(sub -> sub.type() == FieldType.BOOLEAN);
		assertThat(clusters.subKeys()).extracting(Field.SubKey::label)
			.containsExactly("电子信息", "绿色石化", "智能家电", "汽车产业", "先进材料", "现代轻工纺织", "软件与信息服务", "超高清视频显示",
					"生物医药与健康", "现代农业与食品", "半导体与集成电路", "高端装备制造", "智能机器人", "区块链与量子信息", "前沿新材料", "新能源",
					"激光与增材制造", "数字创意", "安全应急与环保", "精密仪器设备");
		assertThat(program.field("cases").orElseThrow().columns()).extracting(Field.Column::key)
			.containsExactly("name", "client", "problem", "approach", "architecture", "results");
		assertThat(program.fields().filter(Field::pledge).map(Field::key).toList())
			.containsExactly("notice_acknowledged", "truthfulness_pledge");
		assertThat(program.attachmentSlots()).extracting(slot -> slot.label())
			.containsExactly("直接认定资质认定文件（所选资质的认定文件或公布名单）", "营业执照", "近3年审计报告", "资质认定", "知识产权",
					"信用中国报告", "承担项目", "服务案例");
	}

	@Test
	void valuesOutsideTheFormAreRefusedNamingEveryKey() {
		Map<String, Object> values = onTheEdges("关键软件");
		values.put("domain", "智能制造装备领域");
		values.put("clusters", Map.of("electronic_information", true, "space_industry", true));
		values.put("profit_margin_2023", new BigDecimal("-3.5"));
		values.put("main_revenue", Map.of("y2023", -1));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.scoring.score("smp-2024", values))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("domain", "clusters.space_industry", "main_revenue.y2023"));
	}

	@Test
	void countyReviewIsOptionalAndTheWindowsAreTheNoticesDates() {
		ProgramDefinition program = program();
		assertThat(program.province()).isEqualTo("440000");
		assertThat(program.chain().levels()).containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE);
		assertThat(program.chain().countyOptional()).isTrue();
		assertThat(program.chain().scoringLevels()).isEmpty();
		assertThat(program.windows().apply().opens()).isEqualTo(LocalDateTime.of(2024, 7, 8, 0, 0));
		assertThat(program.windows().apply().closes()).isEqualTo(LocalDateTime.of(2024, 8, 11, 0, 0));
		assertThat(program.windows().countyCloses()).isEqualTo(LocalDateTime.of(2024, 8, 16, 0, 0));
		assertThat(program.windows().cityCloses()).isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
	}

	/** A complete application of the domain with every measurable figure exactly on its edge. */
	static Map<String, Object> onTheEdges(String domain) {
		Map<String, Object> values = application("遴选加入", domain);
		switch (domain) {
			case "智能制造装备" -> {
				values.put("core_invention_patents", 5);
				values.put("rd_staff", 20);
				values.put("main_revenue_avg_3y", 1500);
			}
			case "关键软件" -> {
				values.put("software_copyrights", 5);
				values.put("cases", cases(5));
				values.put("rd_staff", 20);
			}
			case "信息网络基础设施" -> {
				values.put("cases", cases(5));
				values.put("core_invention_patents", 5);
			}
			case "智能制造系统解决方案" -> {
				values.put("cases", cases(5));
				values.put("core_invention_patents", 5);
				values.put("rd_staff", 20);
			}
			case "行业组织" -> {
				values.put("service_staff", 20);
				values.put("qualified_staff", 10);
				values.put("cases", cases(5));
			}
			case "智能制造人才" -> {
				values.put("talent_unit_kind", "科研院所单位");
				values.put("rd_staff", 20);
				values.put("core_invention_patents", 5);
			}
			case "智能制造金融服务" -> {
				values.put("finance_premises", true);
				values.put("service_staff", 20);
				values.put("products", products(3));
				values.put("cases", cases(10));
			}
			case "智能制造试点示范" -> {
				values.put("pilot_project_name", "5G+智能工厂");
				values.put("pilot_category", "离散型行业");
				values.put("pilot_elements_met", true);
				values.put("cases", cases(5));
				values.put("pilot_built", true);
			}
			default -> throw new IllegalArgumentException(domain);
		}
		return values;
	}

	static Map<String, Object> application(String path, String domain) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("path", path);
		values.put("domain", domain);
		values.put("registered_in_guangdong", true);
		values.put("no_major_accident", true);
		values.put("good_credit", true);
		values.put("not_previously_selected", true);
		values.put("unit_name", "惠州某智能科技有限公司");
		values.put("address", "惠州市惠城区某路1号");
		values.put("legal_representative", "李某");
		values.put("legal_representative_nationality", "中国");
		values.put("legal_representative_phone", "0752-0000000");
		values.put("contact", "王某");
		values.put("contact_phone", "13800000000");
		values.put("clusters", Map.of("electronic_information", true, "intelligent_robots", true));
		values.put("registered_on", "2015-03-01");
		values.put("registered_capital", 5000);
		values.put("total_assets", 30000);
		values.put("fixed_assets", 8000);
		values.put("listing", "尚未上市");
		values.put("employees", 300);
		values.put("profit_margin_2021", new BigDecimal("-2.5"));
		values.put("unit_profile", "成立于2015年，主营智能制造装备");
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

	static List<Map<String, Object>> cases(int count) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int index = 1; index <= count; index++) {
			rows.add(Map.of("name", "案例" + index, "client", "广东某制造企业" + index, "problem", "产线换型慢", "approach",
					"柔性产线改造", "architecture", "设备层-边缘层-平台层", "results", "换型时间缩短40%"));
		}
		return rows;
	}

	static List<Map<String, Object>> products(int count) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int index = 1; index <= count; index++) {
			rows.add(Map.of("name", "智造贷" + index, "introduction", "面向智能化改造的设备融资"));
		}
		return rows;
	}

	private static List<String> domainChecks(ScoreSheet sheet) {
		return sheet.eligibility().stream().map(EligibilityResult::key).filter(key -> !SELECTION_BASICS.contains(key))
			.toList();
	}

	private static ProgramDefinition program() {
		return new BundledPrograms().get("smp-2024");
	}

}
