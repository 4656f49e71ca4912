package shenbao.review;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.platform.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §10 reviewer calls on PostgreSQL with the demo reviewers: the chain county → city → province, returns and
 * resubmission, recall, scores with their visibility and locks, quotas, deadlines, scope (404) and letters.
 */
@org.springframework.context.annotation.Import(shenbao.MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
class ReviewApiIntegrationTests {

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
	shenbao.application.SubmissionRouting routing;

	@Autowired
	shenbao.program.Programs programs;

	@Autowired
	Reviews reviews;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void theWholeChainCountyCityProvinceWithScoresEachLevelMaySee() throws Exception {
		String applicant = newApplicant("620602");
		long id = this.api.submittedEtc(applicant);
		this.api.as("county-620602", get("/api/v1/reviews/pending"))
			.andExpect(jsonPath("$[*].applicationId").value(hasItem((int) id)));
		decide("county-620602", id, "RECOMMEND", "材料齐全，同意推荐", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CITY_REVIEW"));
		// the city must score before it recommends
		decide("city-620600", id, "RECOMMEND", "同意", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("请先提交市州评分")));
		scores("city-620600", id, "{\"scores\":{\"rd_expense_per_capita\":5},\"submit\":false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		scores("city-620600", id, allIndicators("4", true)).andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(true));
		decide("city-620600", id, "RECOMMEND", "同意推荐", null).andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"));
		scores("province", id, allIndicators("3", true)).andExpect(status().isOk());
		// a lower level never sees a higher level's scores; the province sees every level's
		this.api.as("city-620600", get("/api/v1/applications/" + id + "/scores"))
			.andExpect(jsonPath("$[*].level").value(hasItem("CITY")))
			.andExpect(jsonPath("$[*].level").value(not(hasItem("PROVINCE"))));
		this.api.as("county-620602", get("/api/v1/applications/" + id + "/scores"))
			.andExpect(content().json("[]"));
		this.api.as(applicant, get("/api/v1/applications/" + id + "/scores")).andExpect(status().isNotFound());
		this.api.as("province", get("/api/v1/applications/" + id + "/scores"))
			.andExpect(jsonPath("$[*].level").value(hasItem("PROVINCE")))
			.andExpect(jsonPath("$[*].level").value(hasItem("CITY")));
		decide("province", id, "APPROVE", "同意", null).andExpect(jsonPath("$.status").value("EXPERT_REVIEW"));
		String body = this.api.as(applicant, get("/api/v1/applications/" + id)).andReturn().getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.history[*].action")).containsExactly("START", "SUBMIT",
				"RECOMMEND", "SCORES_SUBMITTED", "RECOMMEND", "SCORES_SUBMITTED", "APPROVE");
		assertThat(JsonPath.<String>read(body, "$.history[2].opinion")).isEqualTo("材料齐全，同意推荐");
		assertThat(body).doesNotContain("\"PROVINCE\"").doesNotContain("合计");
		// nor does the 办理记录 carry any level's scores to the city (it only says that the province scored)
		assertThat(this.api.as("city-620600", get("/api/v1/applications/" + id)).andReturn().getResponse()
			.getContentAsString()).contains("省级评分已提交").doesNotContain("合计");
	}

	/** The unit's 消息列表 labels a reviewer's opinion, and says nothing more when there is none. */
	@Test
	void aRecommendationsOpinionIsLabelledInTheUnitsMessages() throws Exception {
		String applicant = newApplicant("620602");
		long id = this.api.submittedEtc(applicant);
		decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isOk());
		decide("city-620600", id, "RETURN", "请县区复核", "COUNTY").andExpect(status().isOk());
		decide("county-620602", id, "RECOMMEND", "复核无误，同意推荐", null).andExpect(status().isOk());
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(applicant).password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		String messages = this.mvc.perform(get("/my/messages").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(messages).contains("当前状态：待市州审核。审核意见：复核无误，同意推荐")
			.doesNotContain("当前状态：待市州审核。复核无误");
	}

	@Test
	void aReturnNeedsAReasonKeepsTheDataAndTheResubmissionGoesBackToTheLevelThatReturnedIt() throws Exception {
		String applicant = newApplicant("620602");
		long id = this.api.submittedEtc(applicant);
		decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isOk());
		decide("city-620600", id, "RETURN", " ", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		decide("city-620600", id, "RETURN", "研发费用专项审计报告不清晰，请补充", "APPLICANT")
			.andExpect(jsonPath("$.status").value("RETURNED"));
		this.api.as(applicant, get("/api/v1/applications/" + id))
			.andExpect(jsonPath("$.values.rd_expense").value(1200))
			.andExpect(jsonPath("$.history[-1].opinion").value("研发费用专项审计报告不清晰，请补充"));
		assertThat(this.jdbc.sql("SELECT arguments FROM unit_message WHERE application_id = :id ORDER BY id DESC")
			.param("id", id).query(String.class).list().getFirst()).contains("研发费用专项审计报告不清晰");
		// the unit's pages say why, above the form and in 我的项目
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(applicant).password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/applications/" + id).cookie(session))
			.andExpect(content().string(containsString("退回原因：研发费用专项审计报告不清晰，请补充")));
		this.mvc.perform(get("/my/applications").cookie(session))
			.andExpect(content().string(containsString("退回原因：研发费用专项审计报告不清晰，请补充")));
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CITY_REVIEW"));
		// the city may also send it back to the county, which then decides again
		decide("city-620600", id, "RETURN", "请县区核实职工人数", "COUNTY")
			.andExpect(jsonPath("$.status").value("COUNTY_REVIEW"));
		String body = this.api.as("county-620602", get("/api/v1/applications/" + id)).andReturn().getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.history[*].action")).containsExactly("START", "SUBMIT",
				"RECOMMEND", "RETURN", "RESUBMIT", "RETURN_TO_COUNTY");
	}

	@Test
	void notRecommendedIsFinalAndNeedsAReason() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		decide("county-620602", id, "NOT_RECOMMEND", "", null).andExpect(status().isBadRequest());
		decide("county-620602", id, "NOT_RECOMMEND", "不符合申报条件", null)
			.andExpect(jsonPath("$.status").value("NOT_RECOMMENDED"));
		decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isConflict());
		decide("city-620600", id, "RECOMMEND", null, null).andExpect(status().isConflict());
	}

	@Test
	void recallWorksOnlyUntilTheNextLevelActs() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isOk());
		decide("county-620602", id, "RECALL", "误操作", null).andExpect(jsonPath("$.status").value("COUNTY_REVIEW"));
		decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(1));
		scores("city-620600", id, "{\"scores\":{\"rd_expense_per_capita\":2}}").andExpect(status().isOk());
		decide("county-620602", id, "RECALL", null, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("无法撤回")));
		// a recall of nothing this level did is refused too
		long other = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "CITY_REVIEW");
		decide("county-620602", other, "RECALL", null, null).andExpect(status().isConflict());
	}

	@Test
	void theCitysQuotaIsCountedReleasedByARecallAndShown() throws Exception {
		String program = "itc-2026";
		List<Long> ids = new java.util.ArrayList<>();
		for (int index = 0; index < 4; index++) {
			long id = ReviewFixtures.application(this.jdbc, program, "620602", "620600", "CITY_REVIEW");
			ReviewFixtures.lockedScores(this.jdbc, id, "CITY");
			ids.add(id);
		}
		for (int index = 0; index < 3; index++) {
			decide("city-620600", ids.get(index), "RECOMMEND", null, null).andExpect(status().isOk());
		}
		decide("city-620600", ids.get(3), "RECOMMEND", null, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已推荐 3 / 名额 3")));
		this.api.as("city-620600", get("/api/v1/quotas").param("program", program).param("region", "620600"))
			.andExpect(jsonPath("$.quota").value(3))
			.andExpect(jsonPath("$.used").value(3));
		decide("city-620600", ids.get(0), "RECALL", null, null).andExpect(jsonPath("$.status").value("CITY_REVIEW"));
		decide("city-620600", ids.get(3), "RECOMMEND", null, null).andExpect(status().isOk());
		// the province returning one to the applicant frees its place too
		decide("province", ids.get(1), "RETURN", "请补充材料", null).andExpect(status().isOk());
		this.api.as("province", get("/api/v1/quotas").param("program", program).param("region", "620600"))
			.andExpect(jsonPath("$.used").value(2));
		this.api.as("city-620100", get("/api/v1/quotas").param("program", program).param("region", "620600"))
			.andExpect(status().isNotFound());
	}

	@Test
	void batchRecommendationIsAllOrNothing() throws Exception {
		String program = "itc-2026";
		List<Long> ids = new java.util.ArrayList<>();
		for (int index = 0; index < 4; index++) {
			long id = ReviewFixtures.application(this.jdbc, program, "620102", "620100", "CITY_REVIEW");
			ReviewFixtures.lockedScores(this.jdbc, id, "CITY");
			ids.add(id);
		}
		Integer quota = this.jdbc.sql("SELECT quota FROM quota_allotment WHERE program_code = :p AND city_code = '620100'")
			.param("p", program).query(Integer.class).single();
		assertThat(quota).isEqualTo(8);
		this.api.as("city-620100", post("/api/v1/reviews/batch-recommendations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationIds\":" + ids + ",\"opinion\":\"同意推荐\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['" + ids.get(0) + "']").value("PROVINCE_REVIEW"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM application WHERE id IN (:ids) AND status = 'PROVINCE_REVIEW'")
			.param("ids", ids).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void reviewersOutsideTheRegionGetNotFoundEverywhere() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		this.api.as("county-620102", get("/api/v1/applications/" + id)).andExpect(status().isNotFound());
		decide("county-620102", id, "RECOMMEND", null, null).andExpect(status().isNotFound());
		scores("city-620100", id, "{\"scores\":{}}").andExpect(status().isNotFound());
		this.api.as("city-620100", get("/api/v1/applications/" + id + "/scores")).andExpect(status().isNotFound());
		this.api.as("county-620102", get("/api/v1/reviews/pending"))
			.andExpect(jsonPath("$[*].applicationId").value(not(hasItem((int) id))));
		this.api.as("county-620602", get("/api/v1/reviews/pending"))
			.andExpect(jsonPath("$[*].applicationId").value(hasItem((int) id)));
		// a city reviewer sees it but it is not theirs to decide yet
		decide("city-620600", id, "RECOMMEND", null, null).andExpect(status().isConflict());
	}

	@Test
	void scoresAreCheckedLockedOnSubmitAndOnlyTheProvinceReopensThemWithAReason() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "CITY_REVIEW");
		scores("city-620600", id, "{\"scores\":{\"rd_expense_per_capita\":6,\"senior_phd_count\":-1,\"nope\":1}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("scores.rd_expense_per_capita")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("scores.senior_phd_count")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("scores.nope")));
		scores("city-620600", id, "{\"scores\":{\"rd_expense_per_capita\":5},\"submit\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("未评分")));
		scores("city-620600", id, allIndicators("2.5", true)).andExpect(status().isOk());
		scores("city-620600", id, allIndicators("3", false)).andExpect(status().isConflict());
		this.api.as("city-620600", post("/api/v1/applications/" + id + "/scores/CITY/reopening")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"想改\"}")).andExpect(status().isUnprocessableContent());
		this.api.as("province", post("/api/v1/applications/" + id + "/scores/CITY/reopening")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}")).andExpect(status().isBadRequest());
		this.api.as("province", post("/api/v1/applications/" + id + "/scores/CITY/reopening")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"市州评分第3项与证明材料不符\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		scores("city-620600", id, allIndicators("3", true)).andExpect(status().isOk());
		assertThat(this.jdbc.sql("SELECT action FROM review_score_revision WHERE application_id = :id ORDER BY id")
			.param("id", id).query(String.class).list()).containsExactly("SUBMIT", "REOPEN", "SUBMIT");
		assertThat(this.jdbc.sql("SELECT reason FROM review_score_revision WHERE action = 'REOPEN' AND application_id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("市州评分第3项与证明材料不符");
	}

	@Test
	void eachLevelsDeadlineHoldsAndACitysOwnDeadlinesMustLieInsideTheProvinces() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2024", "620602", "620600", "COUNTY_REVIEW");
		String tooLate = "2099-01-01T00:00";
		this.api.as("city-620600", put("/api/v1/reviews/settings/etc-2024").contentType(MediaType.APPLICATION_JSON)
			.content("{\"cityCloses\":\"" + tooLate + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("市州截止时间")));
		String body = this.api.as("city-620600", get("/api/v1/reviews/settings/etc-2024")).andReturn().getResponse()
			.getContentAsString();
		String cityCloses = JsonPath.read(body, "$.cityCloses");
		this.api.as("city-620600", put("/api/v1/reviews/settings/etc-2024").contentType(MediaType.APPLICATION_JSON)
			.content("{\"countyCloses\":\"" + java.time.LocalDateTime.parse(cityCloses).plusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("县区截止时间")));
		this.api.as("city-620600", put("/api/v1/reviews/settings/etc-2024").contentType(MediaType.APPLICATION_JSON)
			.content("{\"countyReview\":false}")).andExpect(status().isUnprocessableContent());
		// move past the county's deadline: the county can no longer decide, the city still can
		String countyCloses = JsonPath.read(body, "$.countyCloses");
		Duration shift = Duration.between(java.time.LocalDateTime.now(this.clock.withZone(Platform.ZONE)),
				java.time.LocalDateTime.parse(countyCloses)).plusMinutes(1);
		this.clock.advance(shift);
		try {
			decide("county-620602", id, "RECOMMEND", null, null).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("截止")));
			decide("city-620600", id, "RECOMMEND", null, null).andExpect(status().isConflict());
		}
		finally {
			this.clock.advance(shift.negated());
		}
	}

	@Test
	void countyAndCityLettersAreSeenByTheLevelAbove() throws Exception {
		MockMultipartFile letter = new MockMultipartFile("file", "区推荐函.pdf", "application/pdf", ApplicantApi.pdf(3000));
		String body = this.api.as("county-620602", multipart("/api/v1/reviews/letters").file(letter)
			.param("program", "tide-2024")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String fileId = JsonPath.read(body, "$.fileId");
		this.api.as("city-620600", get("/api/v1/reviews/letters").param("program", "tide-2024"))
			.andExpect(jsonPath("$[*].filename").value(hasItem("区推荐函.pdf")));
		this.api.as("province", get("/api/v1/reviews/letters").param("program", "tide-2024"))
			.andExpect(jsonPath("$[*].regionCode").value(hasItem("620602")));
		this.api.as("city-620100", get("/api/v1/reviews/letters").param("program", "tide-2024"))
			.andExpect(jsonPath("$[*].regionCode").value(not(hasItem("620602"))));
		this.api.as("city-620600", get("/api/v1/files/" + fileId)).andExpect(status().isOk());
		this.api.as("county-620102", get("/api/v1/files/" + fileId)).andExpect(status().isNotFound());
		this.api.as("county-620602", multipart("/api/v1/reviews/letters")
			.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.param("program", "tide-2024")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void reviewersOpenTheEvidenceOfApplicationsTheySee() throws Exception {
		String applicant = newApplicant("620602");
		long id = this.api.submittedEtc(applicant);
		String body = this.api.as("county-620602", get("/api/v1/applications/" + id)).andReturn().getResponse()
			.getContentAsString();
		String fileId = JsonPath.read(body, "$.attachments[0].fileId");
		this.api.as("county-620602", get("/api/v1/files/" + fileId)).andExpect(status().isOk());
		this.api.as("city-620600", get("/api/v1/files/" + fileId)).andExpect(status().isOk());
		this.api.as("county-620102", get("/api/v1/files/" + fileId)).andExpect(status().isNotFound());
		// every opening of a document is in the audit record, with who opened it
		assertThat(this.jdbc.sql("SELECT actor_name FROM audit_record WHERE subject = :subject ORDER BY id")
			.param("subject", "file:" + fileId).query(String.class).list()).hasSize(2);
	}

	@Test
	void submissionsSkipTheCountyWhereTheProgramTheCityOrTheRegionSaysSo() throws Exception {
		var smp = this.programs.get("smp-2024");
		assertThat(this.routing.firstLevel(smp, "441302")).isEqualTo(shenbao.application.ApplicationStatus.COUNTY_REVIEW);
		// 东莞市 has no county level: its units go straight to the city
		assertThat(this.routing.firstLevel(smp, "441900")).isEqualTo(shenbao.application.ApplicationStatus.CITY_REVIEW);
		// 揭榜挂帅 has no county level at all
		assertThat(this.routing.firstLevel(this.programs.get("jbgs-2025"), "620602"))
			.isEqualTo(shenbao.application.ApplicationStatus.CITY_REVIEW);
		this.api.as("city-441300", put("/api/v1/reviews/settings/smp-2024").contentType(MediaType.APPLICATION_JSON)
			.content("{\"countyReview\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countyReview").value(false));
		assertThat(this.routing.firstLevel(smp, "441302")).isEqualTo(shenbao.application.ApplicationStatus.CITY_REVIEW);
		// another city's choice is its own
		assertThat(this.routing.firstLevel(smp, "440106")).isEqualTo(shenbao.application.ApplicationStatus.COUNTY_REVIEW);
		this.api.as("county-441302", put("/api/v1/reviews/settings/smp-2024").contentType(MediaType.APPLICATION_JSON)
			.content("{\"countyReview\":true}")).andExpect(status().isNotFound());
	}

	@Test
	void aResubmissionTheProvinceReturnedGoesToTheCityWhenItsPlaceWasGivenAway() {
		String program = "itc-2026";
		long returned = ReviewFixtures.application(this.jdbc, program, "620802", "620800", "RETURNED");
		var applicant = new shenbao.identity.Caller(0, "a", "a", shenbao.identity.Role.APPLICANT, "620802", 1L);
		var tx = new org.springframework.transaction.support.TransactionTemplate(this.transactions);
		// the city's three places are free: the application goes back to the province and takes one
		shenbao.application.ApplicationStatus first = tx.execute(status -> this.routing.resubmission(applicant,
				this.programs.get(program), returned, "620802", shenbao.application.ApplicationStatus.PROVINCE_REVIEW));
		assertThat(first)
			.isEqualTo(shenbao.application.ApplicationStatus.PROVINCE_REVIEW);
		for (int index = 0; index < 2; index++) {
			long other = ReviewFixtures.application(this.jdbc, program, "620802", "620800", "PROVINCE_REVIEW");
			this.jdbc.sql("INSERT INTO quota_place (application_id, program_code, city_code, taken_at) VALUES (:id, :p, '620800', now())")
				.param("id", other).param("p", program).update();
		}
		long late = ReviewFixtures.application(this.jdbc, program, "620802", "620800", "RETURNED");
		shenbao.application.ApplicationStatus second = tx.execute(status -> this.routing.resubmission(applicant,
				this.programs.get(program), late, "620802", shenbao.application.ApplicationStatus.PROVINCE_REVIEW));
		assertThat(second)
			.isEqualTo(shenbao.application.ApplicationStatus.CITY_REVIEW);
		assertThat(this.jdbc.sql("SELECT action FROM application_history WHERE application_id = :id ORDER BY id DESC")
			.param("id", late).query(String.class).list().getFirst()).isEqualTo("QUOTA_FULL");
	}

	@Test
	void onlyTheLevelAnApplicationWaitsForMayDecideAndOnlyReviewersAtAll() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		decide("province", id, "APPROVE", null, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("待县区审核")));
		decide("expert1", id, "RECOMMEND", null, null).andExpect(status().isNotFound());
		decide("applicant", id, "RECOMMEND", null, null).andExpect(status().isNotFound());
		decide("county-620602", id, "FLY", null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		decide("county-620602", id, "RETURN", "请补充", "CITY").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		decide("county-620602", id, "RETURN", "x".repeat(1001), null).andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("COUNTY_REVIEW");
	}

	@Test
	void reviewersSeeWhenTheUnitIsOnTheProvincesCreditList() throws Exception {
		String applicant = newApplicant("620602");
		long id = this.api.submittedEtc(applicant);
		String code = this.jdbc.sql("SELECT u.credit_code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = :name")
			.param("name", applicant).query(String.class).single();
		var county = ReviewFixtures.reviewer(this.jdbc, "county-620602");
		assertThat(this.reviews.desk(county, id).creditListing()).isNull();
		this.jdbc.sql("""
				INSERT INTO credit_listing (credit_code, unit_name, reason, imported_at, imported_by)
				VALUES (:code, '失信单位', '失信被执行人', now(), 'test')
				""").param("code", code).update();
		assertThat(this.reviews.desk(county, id).creditListing()).isNotNull()
			.satisfies(listing -> assertThat(listing.reason()).isEqualTo("失信被执行人"));
	}

	private ResultActions decide(String reviewer, long id, String action, String opinion, String target)
			throws Exception {
		StringBuilder json = new StringBuilder("{\"action\":\"" + action + "\"");
		if (opinion != null) {
			json.append(",\"opinion\":\"").append(opinion).append('"');
		}
		if (target != null) {
			json.append(",\"target\":\"").append(target).append('"');
		}
		return this.api.as(reviewer, post("/api/v1/applications/" + id + "/decisions")
			.contentType(MediaType.APPLICATION_JSON).content(json.append('}').toString()));
	}

	private ResultActions scores(String reviewer, long id, String json) throws Exception {
		return this.api.as(reviewer,
				put("/api/v1/applications/" + id + "/scores").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Every etc indicator scored with the same value (all maxima are at least 5). */
	private static String allIndicators(String value, boolean submit) {
		List<String> keys = List.of("rd_expense_per_capita", "rd_revenue_ratio_pct", "rd_staff_ratio_pct", "senior_phd_count",
				"valid_invention_patents", "achievements_filed_3y", "rd_equipment_value", "provincial_platforms",
				"accredited_labs", "patent_applications", "new_products_filed", "standards_3y", "new_product_sales_ratio_pct",
				"profit_margin_pct", "awards");
		return "{\"scores\":{" + keys.stream().map(key -> "\"" + key + "\":" + value).reduce((a, b) -> a + "," + b)
			.orElseThrow() + "},\"submit\":" + submit + "}";
	}

	private String newApplicant(String region) {
		int number = ++units;
		String username = "review-applicant-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode("620602", 3000 + number),
				region);
		return username;
	}

}
