package shenbao.deadline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

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
import org.springframework.test.web.servlet.ResultActions;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.platform.Platform;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §12 "Deadline edges and outages": the province extends a close time for everyone or for one unit, with a
 * reason that lands in the 办理记录; the extended window is what submission and review enforce.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class DeadlineExtensionIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Autowired
	Programs programs;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void anExtensionForOneUnitLetsOnlyThatUnitSubmitAfterTheCloseAndShowsInItsHistory() throws Exception {
		String late = applicant();
		String other = applicant();
		long lateId = filled(late);
		long otherId = filled(other);
		LocalDateTime closes = this.programs.get("etc-2026").windows().apply().closes();
		moveTo(closes.plusHours(2));
		submit(late, lateId).andExpect(status().isUnprocessableContent());
		this.api.as("province", post("/api/v1/programs/etc-2026/extensions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"APPLY\",\"unitCreditCode\":\"" + code(late) + "\",\"closes\":\"" + closes.plusDays(1)
				+ "\",\"reason\":\"截止当日平台故障，该单位无法上传附件\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitName").value(late + " 科技有限公司"));
		submit(late, lateId).andExpect(status().isOk());
		submit(other, otherId).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("截止")));
		List<String> opinions = this.jdbc.sql("""
				SELECT opinion FROM application_history WHERE application_id = :id AND action = 'WINDOW_EXTENDED'
				""").param("id", lateId).query(String.class).list();
		assertThat(opinions).singleElement().asString().contains("截止当日平台故障");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM application_history WHERE application_id = :id AND action = 'WINDOW_EXTENDED'")
			.param("id", otherId).query(Long.class).single()).isZero();
	}

	@Test
	void anExtensionMustBeLaterHaveAReasonAndComeFromTheProvince() throws Exception {
		LocalDateTime closes = this.programs.get("itc-2026").windows().apply().closes();
		extend("{\"kind\":\"APPLY\",\"closes\":\"" + closes.minusDays(1) + "\",\"reason\":\"x\"}")
			.andExpect(status().isUnprocessableContent());
		extend("{\"kind\":\"APPLY\",\"closes\":\"" + closes.plusDays(1) + "\",\"reason\":\" \"}")
			.andExpect(status().isBadRequest());
		extend("{\"kind\":\"COUNTY\",\"unitCreditCode\":\"91620602MA72B3C49J\",\"closes\":\"" + closes.plusDays(30)
				+ "\",\"reason\":\"x\"}").andExpect(status().isBadRequest());
		extend("{\"kind\":\"APPLY\",\"unitCreditCode\":\"91620602MA72B3C49K\",\"closes\":\"" + closes.plusDays(1)
				+ "\",\"reason\":\"x\"}").andExpect(status().isBadRequest());
		this.api.as("city-620600", post("/api/v1/programs/itc-2026/extensions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"APPLY\",\"closes\":\"" + closes.plusDays(1) + "\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aUnitOfAnotherProvinceCannotBeGivenAnExtensionAndAProvinceOnlyExtendsItsOwnPrograms() throws Exception {
		String guangdong = ApplicantApi.creditCode("441302", 47_710);
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "deadline-huicheng", guangdong, "441302");
		String gansu = ApplicantApi.creditCode("620602", 47_711);
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "deadline-liangzhou", gansu, "620602");
		LocalDateTime closes = this.programs.get("tide-2024").windows().apply().closes().plusDays(3);
		String body = "{\"kind\":\"APPLY\",\"unitCreditCode\":\"%s\",\"closes\":\"" + closes
				+ "\",\"reason\":\"截止当日平台故障\"}";

		this.api.as("province", post("/api/v1/programs/tide-2024/extensions").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(guangdong)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("deadline-huicheng 科技有限公司 不在本专题所属的甘肃省")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM window_extension WHERE unit_name = 'deadline-huicheng 科技有限公司'")
			.query(Long.class).single()).isZero();
		this.api.as("province", post("/api/v1/programs/tide-2024/extensions").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(gansu)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitName").value("deadline-liangzhou 科技有限公司"));
		// 广东 programs are not the Gansu province's to extend: not even shown to exist
		this.api.as("province", post("/api/v1/programs/smp-2024/extensions").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(guangdong))).andExpect(status().isNotFound());
	}

	@Test
	void theCountyCloseCannotBeExtendedPastTheCityCloseInForce() throws Exception {
		var windows = this.programs.get("tide-2024").windows();
		LocalDateTime city = windows.cityCloses();
		extend("tide-2024", "COUNTY", city.plusMinutes(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString(
					"县区审核截止时间 " + shenbao.program.Windows.shown(city.plusMinutes(1)) + " 不能晚于现行的市州审核截止时间（"
							+ shenbao.program.Windows.shown(city) + "）")));
		// the province's page refuses it with the same reason and keeps what was entered
		this.mvc.perform(post("/deadlines").cookie(logIn("province"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("program", "tide-2024").param("kind", "COUNTY").param("closes", city.plusDays(3).toString())
				.param("reason", "县区审核系统升级（页面）"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("不能晚于现行的市州审核截止时间")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM window_extension WHERE program_code = 'tide-2024' AND closes > :city")
			.param("city", city).query(Long.class).single()).isZero();
		try {
			// once the city close is extended, the county may follow up to it (equal is in order)
			extend("tide-2024", "CITY", city.plusDays(5)).andExpect(status().isCreated());
			extend("tide-2024", "COUNTY", city.plusDays(5)).andExpect(status().isCreated());
		}
		finally {
			// the other tests read tide-2024's own review closes
			this.jdbc.sql("DELETE FROM window_extension WHERE program_code = 'tide-2024' AND kind IN ('COUNTY', 'CITY') AND closes > :city")
				.param("city", city).update();
		}
	}

	@Test
	void aReviewLevelsExtensionReopensItsDecisionsForEveryone() throws Exception {
		long id = this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (6100001, '延期测试单位', 'tide-2024', 1, 2024, '620602', '620600', 'COUNTY_REVIEW', '{}', '{}',
				    now(), now(), now(), 1)
				RETURNING id
				""").query(Long.class).single();
		// 示范企业: the county has confirmed its 核查清单, so only the deadline stands in the way
		for (String item : shenbao.review.ChecklistFixtures.ITEMS) {
			this.jdbc.sql("""
					INSERT INTO review_checklist_item (application_id, level, item_key, met, reviewer_id, reviewer_name,
					    updated_at)
					VALUES (:id, 'COUNTY', :item, TRUE, 0, 'fixture', now())
					""").param("id", id).param("item", item).update();
		}
		LocalDateTime countyCloses = this.programs.get("tide-2024").windows().countyCloses();
		moveTo(countyCloses.plusHours(1));
		decide(id).andExpect(status().isUnprocessableContent());
		this.api.as("province", post("/api/v1/programs/tide-2024/extensions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COUNTY\",\"closes\":\"" + countyCloses.plusDays(2) + "\",\"reason\":\"县区审核系统升级\"}"))
			.andExpect(status().isCreated());
		decide(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CITY_REVIEW"));
	}

	@Test
	void theProvincePageGrantsAnExtensionAndShowsRefusalsWithTheEnteredValues() throws Exception {
		jakarta.servlet.http.Cookie province = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user("province").password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		LocalDateTime letters = this.programs.get("alliance-formation").windows().lettersClose();
		this.mvc.perform(post("/deadlines").cookie(province)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("program", "alliance-formation").param("kind", "LETTERS").param("closes", "2020-01-01T00:00")
				.param("reason", "太早"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("须晚于现行截止时间")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("value=\"太早\"")));
		this.mvc.perform(post("/deadlines").cookie(province)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("program", "alliance-formation").param("kind", "LETTERS")
				.param("closes", letters.plusDays(3).toString())
				.param("reason", "推荐函盖章流程延误"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/deadlines").cookie(province))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("推荐函盖章流程延误")));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/deadlines")
				.cookie(this.mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
					.formLogin().user("city-620600").password(ApplicantApi.PASSWORD)).andReturn().getResponse()
					.getCookie("SESSION")))
			.andExpect(status().isNotFound());
	}

	@Test
	void reviewersAreRemindedOfWaitingApplicationsBeforeTheirLevelCloses() throws Exception {
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (6100002, '提醒测试单位', 'etc-2024', 1, 2024, '620102', '620100', 'COUNTY_REVIEW', '{}', '{}',
				    now(), now(), now(), 1)
				""").update();
		String name = this.programs.get("etc-2024").name();
		LocalDateTime countyCloses = this.programs.get("etc-2024").windows().countyCloses();
		jakarta.servlet.http.Cookie county = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user("county-620102").password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		moveTo(countyCloses.minusDays(5));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/review").cookie(county))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(containsString("《" + name + "》本级审核"))));
		moveTo(countyCloses.minusDays(2));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/review").cookie(county))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("《" + name + "》本级审核将于")));
		moveTo(countyCloses.plusHours(1));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/review").cookie(county))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("《" + name + "》本级审核已于")));
	}

	private ResultActions decide(long id) throws Exception {
		return this.api.as("county-620602", post("/api/v1/applications/" + id + "/decisions")
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"RECOMMEND\"}"));
	}

	private ResultActions extend(String json) throws Exception {
		return this.api.as("province",
				post("/api/v1/programs/itc-2026/extensions").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions extend(String program, String kind, LocalDateTime closes) throws Exception {
		return this.api.as("province", post("/api/v1/programs/" + program + "/extensions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"" + kind + "\",\"closes\":\"" + closes + "\",\"reason\":\"审核系统升级\"}"));
	}

	private jakarta.servlet.http.Cookie logIn(String username) throws Exception {
		return this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username).password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private ResultActions submit(String applicant, long id) throws Exception {
		return this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"));
	}

	/** A complete etc-2026 draft: only the window can stop its submission. */
	private long filled(String applicant) throws Exception {
		long id = this.api.startEtc(applicant);
		this.api.fillEtcCompletely(applicant, id);
		return id;
	}

	private void moveTo(LocalDateTime local) {
		this.clock.advance(Duration.between(this.clock.instant(), local.atZone(Platform.ZONE).toInstant()));
	}

	private String applicant() {
		int number = ++units;
		String username = "deadline-applicant-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode("620602", 4000 + number),
				"620602");
		return username;
	}

	private String code(String applicant) {
		return this.jdbc.sql("SELECT u.credit_code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = :name")
			.param("name", applicant).query(String.class).single();
	}

}
