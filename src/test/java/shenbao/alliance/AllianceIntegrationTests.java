package shenbao.alliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.MovableTime;
import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8 point 2 on PostgreSQL (SPEC §7.4, seed 004): the formation form as the seed's 组建申请表, recognition into the
 * register, the province's registration of older alliances, the annual assessment only for a recognised alliance's
 * lead unit and once per alliance and year, and the history year by year for the province and the lead unit only.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
class AllianceIntegrationTests {

	private static final String ASSESSMENT = "alliance-assessment";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationReviews reviews;

	@Autowired
	Programs programs;

	@Test
	void theFormationFormHasTheSeedsBlocksAndChecksMembersCodesAndTheGoalsLength() {
		ProgramDefinition formation = this.programs.get("alliance-formation");
		// 004 附件1: 一、简况 (with 创新能力, 服务能力, 人才 and the 常设机构 rows), 二、技术创新目标, 三、成员单位地位, 四、运行机制, 五、特色工作
		assertThat(formation.sections().stream().map(section -> section.title()).toList())
			.contains("一、产业联盟简况", "二、技术创新目标（限500字）", "三、产业联盟成员单位在行业（或领域）中地位",
					"四、产业联盟运行机制（组织机构建设、管理制度建设、中长期发展目标）", "五、产业联盟特色工作");
		Field members = formation.field("members").orElseThrow();
		assertThat(members.type()).isEqualTo(FieldType.TABLE);
		assertThat(members.columns().stream().map(Field.Column::key)).containsExactly("name", "credit_code", "standing");
		assertThat(formation.field("innovation_goal").orElseThrow().maxLength()).isEqualTo(500);

		AllianceFixtures.unit(this.jdbc, this.encoder, "aln-form1");
		Caller unit = AllianceFixtures.caller(this.jdbc, "aln-form1");
		ApplicationView started = this.applications.start(unit, "alliance-formation");
		String wrongCheck = ApplicantApi.creditCode("620602", 55_900).substring(0, 17) + "0";
		assertThatThrownBy(() -> this.applications.save(unit, started.id(), Map.of("members", List.of(
				Map.of("name", "甲公司", "credit_code", ApplicantApi.creditCode("620602", 55_901), "standing", "龙头企业"),
				Map.of("name", "乙公司", "credit_code", wrongCheck, "standing", "骨干企业"))), Map.of(),
				started.version(), false))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldProblems())
				.extracting(FieldProblem::field)
				.containsExactly("members[1].credit_code"));
		assertThatThrownBy(() -> this.applications.save(unit, started.id(),
				Map.of("innovation_goal", "创".repeat(501)), Map.of(), started.version(), false))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldProblems())
				.extracting(FieldProblem::field)
				.containsExactly("innovation_goal"));

		this.applications.save(unit, started.id(), Map.of("innovation_goal", "创".repeat(500), "members", List.of(
				Map.of("name", "甲公司", "credit_code", ApplicantApi.creditCode("620602", 55_901), "standing", "龙头企业"))),
				Map.of(), started.version(), false);
		ApplicationView saved = this.applications.get(unit, started.id());
		assertThat(saved.values().get("innovation_goal").toString()).hasSize(500);
		assertThat((List<?>) saved.values().get("members")).hasSize(1);
	}

	@Test
	void aRecognisedFormationEntersTheRegisterAndOnlyThenMayItsLeadFileTheAssessment() throws Exception {
		String code = AllianceFixtures.unit(this.jdbc, this.encoder, "aln-rec1");
		Caller lead = AllianceFixtures.caller(this.jdbc, "aln-rec1");
		ApplicantApi api = new ApplicantApi(this.mvc);
		api.as("aln-rec1", post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
				.content("{\"programCode\":\"" + ASSESSMENT + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("只能由已认定的产业技术创新联盟的牵头单位申报")));
		// 我要申报 says why before the unit tries
		Cookie unit = logIn("aln-rec1");
		this.mvc.perform(get("/programs").cookie(unit))
			.andExpect(content().string(containsString("本单位不是已认定联盟的牵头单位")));
		// starting anyway from the 政策介绍 page: the refusal is said once, and no start button is offered
		String refused = this.mvc.perform(post("/programs/" + ASSESSMENT + "/applications").cookie(unit).with(csrf())
				.param("acknowledged", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused.split("只能由已认定的产业技术创新联盟的牵头单位申报", -1)).hasSize(2);
		assertThat(refused).doesNotContain("name=\"acknowledged\"");

		long formation = formationInPublicity(lead, "甘肃省测试储能产业技术创新联盟", "新能源");
		this.reviews.move(AllianceFixtures.caller(this.jdbc, "province"), formation, ApplicationStatus.PUBLICITY,
				ApplicationStatus.RECOGNISED, "RECOGNISE", "认定名单", null);
		await().atMost(Duration.ofSeconds(20)).until(() -> allianceOf(lead) != null);

		String token = api.token("province");
		this.mvc.perform(get("/api/v1/alliances/" + allianceOf(lead)).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alliance.name").value("甘肃省测试储能产业技术创新联盟"))
			.andExpect(jsonPath("$.alliance.techField").value("新能源"))
			.andExpect(jsonPath("$.alliance.leadCreditCode").value(code))
			.andExpect(jsonPath("$.alliance.recognisedYear").value(2026))
			.andExpect(jsonPath("$.formation.applicationId").value(formation))
			.andExpect(jsonPath("$.formation.status").value("RECOGNISED"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ALLIANCE_RECOGNISED'")
			.query(Long.class).single()).isPositive();

		String started = api.as("aln-rec1", post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
				.content("{\"programCode\":\"" + ASSESSMENT + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long assessment = ((Number) com.jayway.jsonpath.JsonPath.read(started, "$.id")).longValue();
		api.as("aln-rec1", get("/api/v1/applications/" + assessment))
			// the form opens with what the register knows
			.andExpect(jsonPath("$.values.alliance_name").value("甘肃省测试储能产业技术创新联盟"))
			.andExpect(jsonPath("$.values.lead_unit").value("aln-rec1 科技有限公司"))
			.andExpect(jsonPath("$.values.formed").value(true));
	}

	@Test
	void theProvinceRegistersAnOlderAllianceAndBothSeeItsYearsWhileOthersFindNothing() throws Exception {
		String code = AllianceFixtures.unit(this.jdbc, this.encoder, "aln-his1");
		AllianceFixtures.unit(this.jdbc, this.encoder, "aln-his2");
		Cookie province = logIn("province");
		this.mvc.perform(post("/alliances").cookie(province).with(csrf()).param("name", "甘肃省测试有色金属产业技术创新联盟")
				.param("techField", "冶金有色").param("leadCreditCode", code.substring(0, 17) + "0")
				.param("recognisedYear", "2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甘肃省测试有色金属产业技术创新联盟")));
		this.mvc.perform(post("/alliances").cookie(province).with(csrf()).param("name", "甘肃省测试有色金属产业技术创新联盟")
				.param("leadCreditCode", ApplicantApi.creditCode("620602", 55_950)).param("recognisedYear", "2023"))
			.andExpect(content().string(containsString("尚未在本省平台注册")));
		String location = this.mvc.perform(post("/alliances").cookie(province).with(csrf())
				.param("name", "甘肃省测试有色金属产业技术创新联盟").param("techField", "冶金有色")
				.param("leadCreditCode", code.toLowerCase()).param("recognisedYear", "2023"))
			.andExpect(redirectedUrlPattern("/alliances/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long alliance = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/alliances").cookie(province).with(csrf()).param("name", "甘肃省测试有色金属产业技术创新联盟")
				.param("leadCreditCode", code).param("recognisedYear", "2023"))
			.andExpect(content().string(containsString("已登记")));
		this.mvc.perform(post("/alliances").cookie(logIn("city-620600")).with(csrf()).param("name", "别的联盟")
				.param("leadCreditCode", code).param("recognisedYear", "2023"))
			.andExpect(content().string(containsString("未找到该产业联盟")));

		// a year before the platform, as the province's records have it
		this.jdbc.sql("""
				INSERT INTO alliance_assessment (alliance_id, assessment_year, recorded_total, recorded_result,
				    summary_work, filed_at)
				VALUES (:id, 2025, 79.00, '考核合格', '往年工作开展情况', now())
				""").param("id", alliance).update();
		Caller lead = AllianceFixtures.caller(this.jdbc, "aln-his1");
		long assessment = this.applications.start(lead, ASSESSMENT).id();
		AllianceFixtures.fillAssessment(this.applications, lead, assessment, "甘肃省测试有色金属产业技术创新联盟", "有色联盟年度总结");
		this.applications.submit(lead, assessment);
		this.jdbc.sql("""
				INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
				    updated_at, locked_at)
				VALUES (:id, 'CITY', '{}', 82.50, 1, '武威市工信局', TRUE, now(), now())
				""").param("id", assessment).update();

		this.mvc.perform(get("/alliances/" + alliance).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023年 组建认定")))
			.andExpect(content().string(containsString("2025年度 考核")))
			.andExpect(content().string(containsString("79.00")))
			.andExpect(content().string(containsString("往年工作开展情况")))
			.andExpect(content().string(containsString("2026年度 考核")))
			.andExpect(content().string(containsString("有色联盟年度总结第1部分")))
			.andExpect(content().string(containsString("有色联盟年度总结第5部分")))
			.andExpect(content().string(containsString("待县区审核")))
			.andExpect(content().string(containsString("市州评分")))
			.andExpect(content().string(containsString("82.50")));
		this.mvc.perform(get("/alliances").cookie(province))
			.andExpect(content().string(containsString("甘肃省测试有色金属产业技术创新联盟")))
			// the demo alliance is in the province's list too
			.andExpect(content().string(containsString("武威市新材料产业技术创新联盟")));
		// the lead unit sees its own alliance, without the reviewers' score sheets
		this.mvc.perform(get("/alliances/" + alliance).cookie(logIn("aln-his1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有色联盟年度总结第3部分")))
			.andExpect(content().string(not(containsString("市州评分"))));
		this.mvc.perform(get("/alliances").cookie(logIn("aln-his2")))
			.andExpect(content().string(containsString("本单位不是已认定产业联盟的牵头单位")))
			.andExpect(content().string(not(containsString("甘肃省测试有色金属产业技术创新联盟"))));
		for (String other : List.of("aln-his2", "city-620600", "county-620602", "applicant")) {
			this.mvc.perform(get("/alliances/" + alliance).cookie(logIn(other))).andExpect(status().isNotFound());
		}
		ApplicantApi api = new ApplicantApi(this.mvc);
		api.as("aln-his2", get("/api/v1/alliances/" + alliance)).andExpect(status().isNotFound());
		api.as("province", get("/api/v1/alliances"))
			.andExpect(jsonPath("$[*].alliance.name", hasItem("甘肃省测试有色金属产业技术创新联盟")));
	}

	@Test
	void anAllianceIsAssessedOncePerYearAndTheRegisterKeepsIt() throws Exception {
		String first = AllianceFixtures.unit(this.jdbc, this.encoder, "aln-once1");
		String second = AllianceFixtures.unit(this.jdbc, this.encoder, "aln-once2");
		long early = register("甘肃省测试氢能产业技术创新联盟", first);
		long late = register("甘肃省测试数据产业技术创新联盟", second);

		// the province recorded this year already: the lead is told before it starts
		recordYear(early, 2026);
		Caller firstLead = AllianceFixtures.caller(this.jdbc, "aln-once1");
		assertThatThrownBy(() -> this.applications.start(firstLead, ASSESSMENT))
			.isInstanceOfSatisfying(RuleViolation.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("alliance.assessment.year-on-record"));
		assertThatThrownBy(() -> recordYear(early, 2026)).isInstanceOf(DuplicateKeyException.class);

		// recorded while the lead was filling in: the submission fails as a whole and stays a draft
		Caller secondLead = AllianceFixtures.caller(this.jdbc, "aln-once2");
		long assessment = this.applications.start(secondLead, ASSESSMENT).id();
		AllianceFixtures.fillAssessment(this.applications, secondLead, assessment, "甘肃省测试数据产业技术创新联盟", "数据");
		recordYear(late, 2026);
		assertThatThrownBy(() -> this.applications.submit(secondLead, assessment))
			.isInstanceOfSatisfying(Conflict.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("alliance.assessment.year-filed"));
		assertThat(this.applications.get(secondLead, assessment).status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM alliance_assessment WHERE application_id = :id")
			.param("id", assessment).query(Long.class).single()).isZero();
	}

	@Test
	void theDemoApplicantLeadsAnAllianceWithLastYearsAssessmentOnRecord() throws Exception {
		Cookie applicant = logIn("applicant");
		this.mvc.perform(get("/alliances").cookie(applicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("武威市新材料产业技术创新联盟")));
		long demo = this.jdbc.sql("SELECT id FROM alliance WHERE name = '武威市新材料产业技术创新联盟'")
			.query(Long.class).single();
		// the browser test may have filed this year's by now: last year's stays in the history either way
		this.mvc.perform(get("/alliances/" + demo).cookie(applicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年 组建认定")))
			.andExpect(content().string(containsString("2025年度 考核")))
			.andExpect(content().string(containsString("考核合格")))
			.andExpect(content().string(containsString("中试资金不足")));
		// whether or not the browser test filed this year's already, the demo lead is never told it may not
		this.mvc.perform(get("/programs").cookie(applicant))
			.andExpect(content().string(containsString("2026年甘肃省产业技术创新联盟年度考核")))
			.andExpect(content().string(not(containsString("本单位不是已认定联盟的牵头单位"))));
	}

	private long register(String name, String creditCode) throws Exception {
		String body = new ApplicantApi(this.mvc).as("province", post("/api/v1/alliances")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"leadCreditCode\":\"" + creditCode + "\",\"recognisedYear\":2024}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
	}

	private void recordYear(long alliance, int year) {
		this.jdbc.sql("""
				INSERT INTO alliance_assessment (alliance_id, assessment_year, recorded_total, recorded_result, filed_at)
				VALUES (:id, :year, 80, '考核合格', now())
				""").param("id", alliance).param("year", year).update();
	}

	private Long allianceOf(Caller lead) {
		return this.jdbc.sql("SELECT id FROM alliance WHERE lead_unit_id = :unit")
			.param("unit", lead.unitId())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** A formation application waiting in 公示 (the expert review and 公示 themselves are issue 7's). */
	private long formationInPublicity(Caller lead, String name, String field) {
		long id = this.applications.start(lead, "alliance-formation").id();
		this.applications.save(lead, id, Map.of("alliance_name", name, "tech_field", field), Map.of(),
				this.applications.get(lead, id).version(), false);
		this.jdbc.sql("UPDATE application SET status = 'PUBLICITY', submitted_at = now() WHERE id = :id")
			.param("id", id)
			.update();
		return id;
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
