package shenbao.application;

import java.time.Duration;

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

import com.jayway.jsonpath.JsonPath;

import shenbao.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
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
 * SPEC §10 applicant calls on PostgreSQL: start, save with versions, upload, submit, scope. Each test uses its own
 * applicant unit so that "one per unit and program" never couples tests.
 */
@org.springframework.context.annotation.Import(shenbao.MovableTime.class)
@SpringBootTest(properties = "shenbao.upload.max-size=2MB")
@AutoConfigureMockMvc
class ApplicationApiIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void startsOneApplicationPerUnitAndProgram() throws Exception {
		String applicant = newApplicant("620602");
		this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"etc-2026\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(0));
		this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"etc-2026\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("每个单位每个专题每年只能申报一次")));
	}

	@Test
	void aUnitCannotApplyToAnotherProvincesProgram() throws Exception {
		String applicant = newApplicant("620602");
		this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"smp-2024\"}")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		save(applicant, id, "{\"values\":{\"rd_expense\":300},\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		save(applicant, id, "{\"values\":{\"rd_expense\":999},\"version\":0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请刷新后重试")));
		this.api.as(applicant, get("/api/v1/applications/" + id))
			.andExpect(jsonPath("$.values.rd_expense").value(300))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aStoredValueTheProgramNoLongerAcceptsRefusesTheSaveAndNothingIsWritten() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		save(applicant, id, "{\"values\":{\"rd_expense\":300},\"version\":0}").andExpect(status().isOk());
		// kept from before and no longer valid (e.g. the program's field changed type since it was saved)
		this.jdbc.sql("UPDATE application SET form_values = :values WHERE id = :id")
			.param("values", "{\"rd_expense\":300,\"senior_phd_count\":\"x\"}")
			.param("id", id)
			.update();
		save(applicant, id, "{\"values\":{\"rd_staff\":120},\"version\":1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("senior_phd_count")));
		assertThat(this.jdbc.sql("SELECT version FROM application WHERE id = :id").param("id", id).query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void savingMergesByKeyAndNamesBadValues() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		save(applicant, id, "{\"values\":{\"rd_expense\":1200,\"main_revenue\":30000},\"selfScores\":{\"rd_revenue_ratio_pct\":5},\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestedScores.rd_revenue_ratio_pct").value(5));
		save(applicant, id, "{\"values\":{\"rd_staff\":-1,\"senior_phd_count\":\"x\"},\"version\":1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("rd_staff")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("senior_phd_count")));
		save(applicant, id, "{\"values\":{\"rd_staff\":120},\"selfScores\":{\"senior_phd_count\":6},\"version\":1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("selfScores.senior_phd_count"));
		save(applicant, id, "{\"values\":{\"rd_staff\":120,\"main_revenue\":null},\"version\":1}")
			.andExpect(status().isOk());
		this.api.as(applicant, get("/api/v1/applications/" + id))
			.andExpect(jsonPath("$.values.rd_expense").value(1200))
			.andExpect(jsonPath("$.values.rd_staff").value(120))
			.andExpect(jsonPath("$.values.main_revenue").doesNotExist())
			.andExpect(jsonPath("$.selfScores.rd_revenue_ratio_pct").value(5));
	}

	@Test
	void everyCreditCodeInARowIsCheckedAsItIsSaved() throws Exception {
		String applicant = newApplicant("620602");
		String body = this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"itc-2026\"}")).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String good = ApplicantApi.creditCode("620602", 901);
		save(applicant, id, ("{\"values\":{\"partners\":[{\"name\":\"甲\",\"credit_code\":\"" + good
				+ "\"},{\"name\":\"乙\",\"credit_code\":\"91620602MA7BRW012Y\"}]},\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partners[1].credit_code"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验位")));
		save(applicant, id, ("{\"values\":{\"partners\":[{\"name\":\"甲\",\"credit_code\":\"" + good
				+ "\"}]},\"version\":0}")).andExpect(status().isOk());
	}

	@Test
	void anEarlierVersionOfOneSectionCanBeBroughtBackWithoutTouchingTheOthers() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		save(applicant, id, "{\"values\":{\"rd_expense\":1200,\"main_revenue\":30000},\"version\":0}")
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(6));
		try {
			// typing goes on minutes later: the state above is kept, then both sections change
			save(applicant, id, "{\"values\":{\"rd_expense\":1,\"main_revenue\":2},\"version\":1}")
				.andExpect(status().isOk());
			save(applicant, id, "{\"values\":{\"rd_expense\":3},\"version\":2}").andExpect(status().isOk());
			String revisions = this.api.as(applicant, get("/api/v1/applications/" + id + "/revisions"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].filledBySection.innovation_input").value(1))
				.andReturn().getResponse().getContentAsString();
			long revision = ((Number) JsonPath.read(revisions, "$[0].id")).longValue();

			this.api.as(applicant, post("/api/v1/applications/" + id + "/revisions/" + revision + "/restore")
				.contentType(MediaType.APPLICATION_JSON).content("{\"section\":\"innovation_input\",\"version\":3}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(4));
			this.api.as(applicant, get("/api/v1/applications/" + id))
				.andExpect(jsonPath("$.values.rd_expense").value(1200))
				.andExpect(jsonPath("$.values.main_revenue").value(2))
				.andExpect(jsonPath("$.history[*].action").value(hasItem("RESTORE")));
			this.api.as(applicant, post("/api/v1/applications/" + id + "/revisions/" + revision + "/restore")
				.contentType(MediaType.APPLICATION_JSON).content("{\"section\":\"innovation_input\",\"version\":3}"))
				.andExpect(status().isConflict());
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-6));
		}
		this.api.as(newApplicant("620602"), get("/api/v1/applications/" + id + "/revisions"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherUnitsApplicationIsNotFound() throws Exception {
		String owner = newApplicant("620602");
		String stranger = newApplicant("620602");
		long id = start(owner);
		this.api.as(stranger, get("/api/v1/applications/" + id)).andExpect(status().isNotFound());
		save(stranger, id, "{\"values\":{\"rd_expense\":1},\"version\":0}").andExpect(status().isNotFound());
		this.api.as(stranger, post("/api/v1/applications/" + id + "/submit")).andExpect(status().isNotFound());
		this.api.as(stranger, multipart("/api/v1/applications/" + id + "/attachments")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", ApplicantApi.pdf(1000)))
			.param("slot", "rd_expense_proof")).andExpect(status().isNotFound());
		// reviewers see nothing of a draft, and never another county's application
		this.api.as("county-620602", get("/api/v1/applications/" + id)).andExpect(status().isNotFound());
		this.api.as("county-620102", get("/api/v1/applications/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void uploadsArePdfOnlyCheckedOnTheBytesAndLimitedInSize() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		byte[] pdf = ApplicantApi.pdf(50_000);
		String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
		upload(applicant, id, "rd_expense_proof", "财务报表.pdf", pdf).andExpect(status().isCreated())
			.andExpect(jsonPath("$.slot").value("rd_expense_proof"))
			.andExpect(jsonPath("$.filename").value("财务报表.pdf"))
			.andExpect(jsonPath("$.size").value(50_000))
			.andExpect(jsonPath("$.sha256").value(sha256));
		upload(applicant, id, "rd_staff_proof", "人员清单.pdf", ApplicantApi.exe())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		upload(applicant, id, "rd_staff_proof", "big.pdf", ApplicantApi.pdf(3 * 1024 * 1024))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		upload(applicant, id, "no_such_slot", "a.pdf", pdf).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slot"));
		this.api.as(applicant, get("/api/v1/applications/" + id))
			.andExpect(jsonPath("$.attachments.length()").value(1))
			.andExpect(jsonPath("$.attachments[0].sha256").value(sha256));
	}

	@Test
	void aSavesAnswerKnowsWhichEvidenceIsAlreadyUploaded() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		save(applicant, id, "{\"values\":{\"rd_expense\":1200},\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[*].problems[*].field").value(hasItem("rd_expense_proof")))
			.andExpect(jsonPath("$.checks[*].problems[*].field").value(hasItem("rd_staff_proof")));
		upload(applicant, id, "rd_expense_proof", "财务报表.pdf", ApplicantApi.pdf(10_000)).andExpect(status().isCreated());
		// an upload leaves the version alone (evidence is per slot)
		save(applicant, id, "{\"values\":{\"rd_expense\":1300},\"version\":1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.checks[*].problems[*].field").value(not(hasItem("rd_expense_proof"))))
			.andExpect(jsonPath("$.checks[*].problems[*].field").value(hasItem("rd_staff_proof")));
	}

	@Test
	void aPdfCanAlsoBeSentAsTheRawRequestBody() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		byte[] pdf = ApplicantApi.pdf(40_000);
		String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
		this.api.as(applicant, put("/api/v1/applications/" + id + "/attachments/rd_expense_proof")
			.param("filename", "财务报表.pdf").contentType(MediaType.APPLICATION_PDF).content(pdf))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("财务报表.pdf"))
			.andExpect(jsonPath("$.size").value(40_000))
			.andExpect(jsonPath("$.sha256").value(sha256));
		this.api.as(applicant, put("/api/v1/applications/" + id + "/attachments/rd_staff_proof")
			.contentType(MediaType.APPLICATION_PDF).content(ApplicantApi.exe()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.api.as(applicant, put("/api/v1/applications/" + id + "/attachments/rd_staff_proof")
			.contentType(MediaType.APPLICATION_PDF).content(ApplicantApi.pdf(3 * 1024 * 1024)))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void aLibraryFileIsAttachedWithoutUploadingAgainButOnlyFromTheUnitsOwnLibrary() throws Exception {
		String applicant = newApplicant("620602");
		String stranger = newApplicant("620602");
		long id = start(applicant);
		byte[] pdf = ApplicantApi.pdf(30_000);
		long item = ((Number) JsonPath.read(this.api.as(applicant, multipart("/api/v1/library")
			.file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", pdf))
			.param("kind", "BUSINESS_LICENSE")).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id")).longValue();
		long foreign = ((Number) JsonPath.read(this.api.as(stranger, multipart("/api/v1/library")
			.file(new MockMultipartFile("file", "别人的.pdf", "application/pdf", pdf))
			.param("kind", "OTHER")).andReturn().getResponse().getContentAsString(), "$.id")).longValue();

		this.api.as(applicant, post("/api/v1/applications/" + id + "/attachments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"slot\":\"other_proof\",\"libraryItemId\":" + item + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("营业执照.pdf"))
			.andExpect(jsonPath("$.size").value(30_000));
		this.api.as(applicant, post("/api/v1/applications/" + id + "/attachments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"slot\":\"annual_summary\",\"libraryItemId\":" + foreign + "}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void submitReChecksEverythingThenLocksTheApplicationAndRefusesASecondSubmit() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("truthfulness_pledge")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("rd_expense_proof")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("rd_expense")));
		fillCompletely(applicant, id);
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COUNTY_REVIEW"));
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit")).andExpect(status().isConflict());
		save(applicant, id, "{\"values\":{\"rd_expense\":1},\"version\":99}").andExpect(status().isConflict());
		String body = this.api.as(applicant, get("/api/v1/applications/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.history[*].action")).containsExactly("START", "SUBMIT");
		// the submitted state is kept as the newest revision
		this.api.as(applicant, get("/api/v1/applications/" + id + "/revisions"))
			.andExpect(jsonPath("$[0].filledBySection.innovation_input").value(3));
		// the county of the unit now sees it; another county still does not
		this.api.as("county-620602", get("/api/v1/applications/" + id)).andExpect(status().isOk());
		this.api.as("county-620102", get("/api/v1/applications/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void submitAfterTheWindowClosedIsRefused() throws Exception {
		String applicant = newApplicant("620602");
		long id = start(applicant);
		fillCompletely(applicant, id);
		this.clock.advance(Duration.ofDays(60));
		try {
			this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("截止申报")));
		}
		finally {
			this.clock.advance(Duration.ofDays(-60));
		}
	}

	private void fillCompletely(String applicant, long id) throws Exception {
		this.api.fillEtcCompletely(applicant, id);
	}

	private long start(String applicant) throws Exception {
		return this.api.startEtc(applicant);
	}

	private org.springframework.test.web.servlet.ResultActions save(String applicant, long id, String body)
			throws Exception {
		return this.api.as(applicant,
				put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private org.springframework.test.web.servlet.ResultActions upload(String applicant, long id, String slot,
			String filename, byte[] bytes) throws Exception {
		return this.api.as(applicant, multipart("/api/v1/applications/" + id + "/attachments")
			.file(new MockMultipartFile("file", filename, "application/pdf", bytes))
			.param("slot", slot));
	}

	private String newApplicant(String region) {
		int number = ++units;
		String username = "api-applicant-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode("620602", number), region);
		return username;
	}


}
