package shenbao.challenge;

import java.time.Duration;
import java.time.LocalDateTime;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.platform.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §7.5 揭榜挂帅 end to end over the API: the consortium's confirmations gate submission, the support cap of
 * min(10% of the investment, 500 万元), the task must be on the published 榜单, the 榜单 is read-only once published
 * and no new one is made after the scheme ends, the cities' 12 月 10 日 reminders and overdue list on a moved clock,
 * progress reports, 验收 and the 攻关成功单位名单.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class ChallengeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Autowired
	ProgressReports progress;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void submissionNeedsEveryParticipantToConfirmFromItsOwnAccount() throws Exception {
		var lead = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-lead");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-partner");
		String stranger = ChallengeFixtures.unregistered();
		long id = ChallengeFixtures.started(this.api, lead.username());
		ChallengeFixtures.fill(this.api, lead.username(), lead.creditCode(), id, ChallengeFixtures.TASK,
				"[" + ChallengeFixtures.participant("合作研究院", partner.creditCode()) + ", "
						+ ChallengeFixtures.participant("未注册大学", stranger) + "]",
				5000, 500);
		this.api.as(lead.username(), get("/api/v1/challenge/applications/" + id + "/participants"))
			.andExpect(jsonPath("$[0].status").value("PENDING"))
			.andExpect(jsonPath("$[1].status").value("UNREGISTERED"));
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("合作研究院"), containsString("待确认"),
					containsString("未注册大学"), containsString("未注册"))));
		// the participant sees the invitation in its own account and in its 消息列表
		this.api.as(partner.username(), get("/api/v1/challenge/confirmations"))
			.andExpect(jsonPath("$[0].applicationId").value(id))
			.andExpect(jsonPath("$[0].status").value("PENDING"));
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM unit_message m JOIN account a ON a.unit_id = m.unit_id
				WHERE a.username = :u AND m.message_key = 'challenge.message.invited'
				""").param("u", partner.username()).query(Long.class).single()).isEqualTo(1);
		// nobody else can confirm for it
		this.api.as(lead.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isNotFound());
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("未注册大学"), not(containsString("合作研究院")))));
		ChallengeFixtures.save(this.api, lead.username(), id,
				"{\"participants\": [" + ChallengeFixtures.participant("合作研究院", partner.creditCode()) + "]}")
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CITY_REVIEW"));
		// a confirmed participant of a submitted application can no longer withdraw
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/decline"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'CHALLENGE_CONSORTIUM_CONFIRMED' AND subject = :s")
			.param("s", "application:" + id).query(Long.class).single()).isEqualTo(1);
	}

	/** A participant confirms a task, not an application: when the lead changes the task it is asked again. */
	@Test
	void changingTheTaskAsksTheConfirmedParticipantsAgain() throws Exception {
		var lead = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-switch");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-switch-partner");
		long id = ChallengeFixtures.started(this.api, lead.username());
		ChallengeFixtures.fill(this.api, lead.username(), lead.creditCode(), id, ChallengeFixtures.TASK,
				"[" + ChallengeFixtures.participant("合作研究院", partner.creditCode()) + "]", 5000, 500);
		// the participant sees which task it is asked to join
		this.api.as(partner.username(), get("/api/v1/challenge/confirmations"))
			.andExpect(jsonPath("$[0].taskCode").value(ChallengeFixtures.TASK))
			.andExpect(jsonPath("$[0].taskName").value("高性能镍基合金粉末制备关键技术"));
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk());
		// another field changes: the confirmation stands
		ChallengeFixtures.save(this.api, lead.username(), id, "{\"lead_contact\": \"李四\"}").andExpect(status().isOk());
		this.api.as(lead.username(), get("/api/v1/challenge/applications/" + id + "/participants"))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));
		// the task changes: the participant is asked again, and told why
		ChallengeFixtures.save(this.api, lead.username(), id,
				"{\"task_code\": \"JBGS2025-02\", \"task_name\": \"煤化工高盐废水近零排放示范\"}")
			.andExpect(status().isOk());
		this.api.as(lead.username(), get("/api/v1/challenge/applications/" + id + "/participants"))
			.andExpect(jsonPath("$[0].status").value("PENDING"));
		this.api.as(partner.username(), get("/api/v1/challenge/confirmations"))
			.andExpect(jsonPath("$[0].status").value("PENDING"))
			.andExpect(jsonPath("$[0].taskCode").value("JBGS2025-02"));
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM unit_message m JOIN account a ON a.unit_id = m.unit_id
				WHERE a.username = :u AND m.message_key = 'challenge.message.task-changed'
				""").param("u", partner.username()).query(Long.class).single()).isEqualTo(1);
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("合作研究院"), containsString("待确认"))));
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk());
		this.api.as(lead.username(), get("/api/v1/challenge/applications/" + id + "/participants"))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));
	}

	@Test
	void aDeclineReleasesTheUnitForAnotherApplicationAndBlocksSubmission() throws Exception {
		var first = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-first");
		var second = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-second");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-shared");
		long firstId = ChallengeFixtures.started(this.api, first.username());
		long secondId = ChallengeFixtures.started(this.api, second.username());
		String named = "{\"participants\": [" + ChallengeFixtures.participant("共享伙伴", partner.creditCode()) + "]}";
		ChallengeFixtures.save(this.api, first.username(), firstId, named).andExpect(status().isOk());
		// the unit is held by the first application: the second is refused next to the cell, naming the first
		ChallengeFixtures.save(this.api, second.username(), secondId, named)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("JBGS2025-" + String.format("%06d", firstId))));
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + firstId + "/decline"))
			.andExpect(status().isOk());
		this.api.as(first.username(), get("/api/v1/challenge/applications/" + firstId + "/participants"))
			.andExpect(jsonPath("$[0].status").value("DECLINED"));
		ChallengeFixtures.save(this.api, second.username(), secondId, named).andExpect(status().isOk());
		// a lead is a unit too: the partner, now in the second application, cannot start its own
		ChallengeFixtures.start(this.api, partner.username()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("JBGS2025-" + String.format("%06d", secondId))));
	}

	@Test
	void theSupportCapIsTenPercentOfTheInvestmentAndAtMostFiveMillion() throws Exception {
		var lead = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-cap");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-cap-partner");
		long id = ChallengeFixtures.started(this.api, lead.username());
		ChallengeFixtures.fill(this.api, lead.username(), lead.creditCode(), id, ChallengeFixtures.TASK,
				"[" + ChallengeFixtures.participant("伙伴", partner.creditCode()) + "]", 10000, 600);
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk());
		// 600 of 10000 is 6%, but over 500 万元
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("500万元")));
		// 150 of 1000 is under 500 万元, but 15% of the investment
		ChallengeFixtures.save(this.api, lead.username(), id, "{\"total_investment\": 1000, \"requested_support\": 150}")
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("10%")));
		// 100.01 of 1000 is just over 10%
		ChallengeFixtures.save(this.api, lead.username(), id, "{\"total_investment\": 1000, \"requested_support\": 100.01}")
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isUnprocessableContent());
		// both bounds are inclusive: 500 of 5000 is exactly 10% and exactly 500 万元
		ChallengeFixtures.save(this.api, lead.username(), id, "{\"total_investment\": 5000, \"requested_support\": 500}")
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isOk());
	}

	@Test
	void theTaskMustBeOnThePublishedBoard() throws Exception {
		var lead = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-task");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-task-partner");
		long id = ChallengeFixtures.started(this.api, lead.username());
		ChallengeFixtures.fill(this.api, lead.username(), lead.creditCode(), id, "JBGS2025-99",
				"[" + ChallengeFixtures.participant("伙伴", partner.creditCode()) + "]", 5000, 100);
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("JBGS2025-99")));
		// taking up a published task fills the task section from the board
		this.api.as(lead.username(), post("/api/v1/challenge/boards/2025/tasks/JBGS2025-03/take-up"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.applicationId").value(id));
		this.api.as(lead.username(), get("/api/v1/applications/" + id))
			.andExpect(jsonPath("$.values.task_code").value("JBGS2025-03"))
			.andExpect(jsonPath("$.values.task_kind").value("重点产品"));
		// the partner confirmed JBGS2025-99, not JBGS2025-03: it is asked again before the submission goes through
		submit(lead.username(), id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("待确认")));
		this.api.as(partner.username(), post("/api/v1/challenge/confirmations/" + id + "/confirm"))
			.andExpect(status().isOk());
		submit(lead.username(), id).andExpect(status().isOk());
	}

	@Test
	void theProvinceEditsABoardUntilItIsPublishedAndMakesNoneAfterTheSchemeEnds() throws Exception {
		String task = """
				{"code": "JBGS2027-01", "field": "电子信息", "kind": "公共支撑", "title": "工业互联网标识解析节点",
				 "content": "建设行业级节点", "targetIndicators": "标识注册量≥1亿", "timeLimit": "2年"}""";
		String body = this.api.as("province", post("/api/v1/challenge/boards/2027/tasks")
			.contentType(MediaType.APPLICATION_JSON).content(task))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		int taskId = JsonPath.read(body, "$.id");
		// not yet published: applicants and cities do not see it
		this.api.as("applicant", get("/api/v1/challenge/boards/2027")).andExpect(status().isNotFound());
		this.api.as("city-620600", post("/api/v1/challenge/boards/2027/tasks").contentType(MediaType.APPLICATION_JSON)
			.content(task.replace("01", "02"))).andExpect(status().isNotFound());
		this.api.as("province", put("/api/v1/challenge/boards/2027/tasks/" + taskId)
			.contentType(MediaType.APPLICATION_JSON).content(task.replace("\"2年\"", "\"3年\", \"version\": 0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeLimit").value("3年"));
		this.api.as("province", post("/api/v1/challenge/boards/2027/tasks").contentType(MediaType.APPLICATION_JSON)
			.content(task.replace("电子信息", "纺织服装").replace("01", "03"))).andExpect(status().isBadRequest());
		// the 2025 board is published: read-only
		long demoTask = this.jdbc.sql("SELECT id FROM challenge_task WHERE board_year = 2025 AND code = 'JBGS2025-01'")
			.query(Long.class).single();
		this.api.as("province", put("/api/v1/challenge/boards/2025/tasks/" + demoTask)
			.contentType(MediaType.APPLICATION_JSON).content(task.replace("2027", "2025")))
			.andExpect(status().isConflict());
		this.api.as("province", post("/api/v1/challenge/boards/2025/publication")).andExpect(status().isConflict());
		// 3 years from 2025-02-18: the scheme's last day is 2028-02-17
		this.api.as("province", get("/api/v1/challenge/scheme")).andExpect(jsonPath("$.validFrom").value("2025-02-18"))
			.andExpect(jsonPath("$.validYears").value(3));
		moveTo(LocalDateTime.of(2028, 2, 18, 9, 0));
		this.api.as("province", post("/api/v1/challenge/boards/2027/tasks").contentType(MediaType.APPLICATION_JSON)
			.content(task.replace("01", "04"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("2028-02-17")));
	}

	@Test
	void citiesAreRemindedThreeDaysAndOneDayBeforeTenDecemberAndTheProvinceSeesWhoIsOverdue() throws Exception {
		var wuwei = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-ww");
		var lanzhou = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-lz", "620102");
		ChallengeFixtures.selected(this.jdbc, wuwei.username(), "620602", "620600");
		ChallengeFixtures.selected(this.jdbc, lanzhou.username(), "620102", "620100");
		int year = LocalDateTime.ofInstant(this.clock.instant(), Platform.ZONE).getYear();
		moveTo(LocalDateTime.of(year, 12, 7, 23, 59));
		assertThat(this.progress.remindCities()).isZero();
		moveTo(LocalDateTime.of(year, 12, 8, 0, 5));
		assertThat(this.progress.remindCities()).isEqualTo(2);
		assertThat(this.progress.remindCities()).isZero();
		assertThat(reminders(year, "620600")).containsExactly("THREE_DAYS");
		// and as a 站内消息 to 武威市's reviewer
		assertThat(this.jdbc.sql("""
				SELECT m.title FROM account_message m JOIN account a ON a.id = m.account_id
				WHERE a.username = 'city-620600' AND m.dedupe_key LIKE :key""")
			.param("key", "challenge-city-report:" + year + ":620600:THREE_DAYS:%")
			.query(String.class).list()).containsExactly("揭榜挂帅进展上报提醒（" + year + "年）");
		this.api.as("city-620600", get("/api/v1/challenge/reminders"))
			.andExpect(jsonPath("$[0].kind").value("THREE_DAYS"));
		jakarta.servlet.http.Cookie wuweiPage = this.mvc.perform(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
					.user("city-620600").password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/challenge/region").cookie(wuweiPage))
			.andExpect(content().string(containsString("距截止不足 3 天")))
			.andExpect(content().string(containsString(wuwei.username() + " 科技有限公司")));
		// 兰州 files in time; 武威 does not
		this.api.as("city-620100", put("/api/v1/challenge/city-reports/" + year).contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\": \"辖区 1 个揭榜项目按计划推进\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.late").value(false));
		moveTo(LocalDateTime.of(year, 12, 10, 8, 0));
		assertThat(this.progress.remindCities()).isEqualTo(1);
		assertThat(reminders(year, "620600")).containsExactlyInAnyOrder("THREE_DAYS", "ONE_DAY");
		assertThat(reminders(year, "620100")).containsExactly("THREE_DAYS");
		moveTo(LocalDateTime.of(year, 12, 10, 23, 59));
		this.api.as("province", get("/api/v1/challenge/city-reports").param("year", String.valueOf(year)))
			.andExpect(jsonPath("$[?(@.cityCode == '620600')].overdue").value(false));
		moveTo(LocalDateTime.of(year, 12, 11, 0, 0));
		assertThat(this.progress.remindCities()).isZero();
		this.api.as("province", get("/api/v1/challenge/city-reports").param("year", String.valueOf(year)))
			.andExpect(jsonPath("$[0].cityCode").value("620600"))
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[?(@.cityCode == '620100')].overdue").value(false));
		this.mvc.perform(get("/challenge/region").cookie(wuweiPage))
			.andExpect(content().string(containsString("已超过" + year + "年12月10日的上报期限")));
		jakarta.servlet.http.Cookie provincePage = this.mvc.perform(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
					.user("province").password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/challenge/projects").param("year", String.valueOf(year)).cookie(provincePage))
			.andExpect(content().string(containsString("逾期未报")))
			.andExpect(content().string(containsString(lanzhou.username() + " 科技有限公司")));
		// a city reviewer sees only its own report; a late filing is marked late
		this.api.as("city-620600", get("/api/v1/challenge/city-reports").param("year", String.valueOf(year)))
			.andExpect(status().isNotFound());
		this.api.as("city-620600", put("/api/v1/challenge/city-reports/" + year).contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\": \"补报\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.late").value(true));
	}

	@Test
	void selectedUnitsReportProgressAndTheProvincePublishesTheSuccessListAfterAcceptance() throws Exception {
		var unit = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-sel");
		var other = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-other");
		long id = ChallengeFixtures.selected(this.jdbc, unit.username(), "620602", "620600");
		String report = "{\"period\": \"2025年第四季度\", \"planItem\": \"中试线建设\", \"progress\": \"设备已安装\", \"completionPct\": %s}";
		this.api.as(unit.username(), post("/api/v1/challenge/projects/" + id + "/progress")
			.contentType(MediaType.APPLICATION_JSON).content(report.formatted("120"))).andExpect(status().isBadRequest());
		this.api.as(unit.username(), post("/api/v1/challenge/projects/" + id + "/progress")
			.contentType(MediaType.APPLICATION_JSON).content(report.formatted("35.5"))).andExpect(status().isCreated());
		this.api.as(other.username(), post("/api/v1/challenge/projects/" + id + "/progress")
			.contentType(MediaType.APPLICATION_JSON).content(report.formatted("10"))).andExpect(status().isNotFound());
		this.api.as("city-620600", get("/api/v1/challenge/projects/" + id + "/progress"))
			.andExpect(jsonPath("$[0].completionPct").value(35.5));
		// with a PDF: the city of the project may open it, another city may not
		String withPdf = this.api.as(unit.username(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/challenge/projects/" + id + "/progress")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "进展佐证.pdf", "application/pdf",
					ApplicantApi.pdf(3000)))
			.param("period", "2026年第一季度").param("planItem", "中试验证").param("progress", "完成首批样品")
			.param("completionPct", "50"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("进展佐证.pdf"))
			.andReturn().getResponse().getContentAsString();
		String fileId = JsonPath.read(withPdf, "$.fileId");
		this.mvc.perform(get("/files/" + fileId).cookie(session("city-620600"))).andExpect(status().isOk());
		this.mvc.perform(get("/files/" + fileId).cookie(session("city-620100"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/" + fileId).cookie(session(other.username()))).andExpect(status().isNotFound());
		this.api.as("city-620100", get("/api/v1/challenge/projects/" + id + "/progress")).andExpect(status().isNotFound());
		this.api.as("province", put("/api/v1/challenge/projects/" + id + "/acceptance")
			.contentType(MediaType.APPLICATION_JSON).content("{\"passed\": true, \"experts\": \"王一、李二、赵三\", \"opinion\": \"\"}"))
			.andExpect(status().isBadRequest());
		this.api.as("city-620600", put("/api/v1/challenge/projects/" + id + "/acceptance")
			.contentType(MediaType.APPLICATION_JSON).content("{\"passed\": true, \"experts\": \"王一\", \"opinion\": \"通过\"}"))
			.andExpect(status().isNotFound());
		this.api.as("province", put("/api/v1/challenge/projects/" + id + "/acceptance")
			.contentType(MediaType.APPLICATION_JSON).content("{\"passed\": true, \"experts\": \"王一、李二、赵三\", \"opinion\": \"完成攻关任务\"}"))
			.andExpect(status().isOk());
		String path = JsonPath.read(this.api.as("province", post("/api/v1/challenge/success-lists/jbgs-2025"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.path");
		this.mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("攻关成功单位名单")))
			.andExpect(content().string(containsString(unit.username() + " 科技有限公司")));
		this.api.as("province", post("/api/v1/challenge/success-lists/jbgs-2025")).andExpect(status().isConflict());
	}

	private jakarta.servlet.http.Cookie session(String username) throws Exception {
		return this.mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin().user(username).password(ApplicantApi.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
	}

	private java.util.List<String> reminders(int year, String city) {
		return this.jdbc.sql("SELECT reminder FROM challenge_city_reminder WHERE report_year = :y AND city_code = :c")
			.param("y", year).param("c", city).query(String.class).list();
	}

	private org.springframework.test.web.servlet.ResultActions submit(String username, long id) throws Exception {
		return this.api.as(username, post("/api/v1/applications/" + id + "/submit"));
	}

	private void moveTo(LocalDateTime local) {
		this.clock.advance(Duration.between(this.clock.instant(), local.atZone(Platform.ZONE).toInstant()));
	}

}
