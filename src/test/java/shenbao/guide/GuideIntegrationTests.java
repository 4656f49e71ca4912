package shenbao.guide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.deadline.Deadlines;
import shenbao.platform.Platform;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.review.ReviewSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city's 申报指南 (issue 7 point 4, Guangdong 地市和区县 manual §4.3.1) and the combined notice (issue 8 point 5)
 * through the open API, on PostgreSQL. Fixture units have credit codes from 40_000 and are left behind; guides and
 * city settings written here are removed after each test so other test classes see the province's windows.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class GuideIntegrationTests {

	private static final List<String> WUWEI_2024 = List.of("etc-2024", "itc-2024", "tide-2024", "alliance-2024");

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

	@Autowired
	Deadlines deadlines;

	@Autowired
	ReviewSettings settings;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@AfterEach
	void restore() {
		this.jdbc.sql("DELETE FROM city_guide WHERE city_code IN ('620100', '620600')").update();
		this.jdbc.sql("""
				DELETE FROM review_city_setting WHERE city_code IN ('620100', '620600')
				  AND program_code IN ('etc-2026', 'itc-2026', 'etc-2024', 'itc-2024', 'tide-2024', 'alliance-2024')
				""").update();
	}

	@Test
	void aCityWindowOutsideTheProvincesIsRefusedAndNothingIsKept() throws Exception {
		LocalDateTime provinceCloses = this.deadlines.applyCloses(this.programs.get("etc-2026"), null);
		putGuide("city-620100", "620100", "etc-2026", """
				{"title": "兰州市指南", "applyCloses": "%s"}""".formatted(provinceCloses.plusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("须在省厅申报时间")));
		LocalDateTime provinceOpens = this.programs.get("etc-2026").windows().apply().opens();
		putGuide("city-620100", "620100", "etc-2026", """
				{"title": "兰州市指南", "applyOpens": "%s"}""".formatted(provinceOpens.minusDays(1)))
			.andExpect(status().isUnprocessableContent());
		this.api.as("city-620100", get("/api/v1/cities/620100/guides"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void onlyUnitsOnTheNamedListMayStartAndTheOthersAreToldWhy() throws Exception {
		String listed = applicant("620102");
		String other = applicant("620102");
		long guide = publishedGuide("etc-2026", null, true);
		importList(guide, List.<String[]>of(new String[] { "名单内企业", code(listed) })).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));

		start(other, "etc-2026").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("不在名单内")));
		start(listed, "etc-2026").andExpect(status().isCreated());

		jakarta.servlet.http.Cookie session = logIn(other);
		this.mvc.perform(get("/programs").cookie(session))
			.andExpect(content().string(containsString("兰州市对《" + this.programs.get("etc-2026").name()
					+ "》实行名单制申报")))
			.andExpect(content().string(containsString("兰州市企业技术中心申报指南")));
		this.mvc.perform(get("/programs/etc-2026").cookie(session))
			.andExpect(content().string(containsString("不在名单内")))
			.andExpect(content().string(containsString("<p>请于截止前提交。</p>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
	}

	@Test
	void aNamedListWithBadRowsIsRefusedRowByRowAndTheOldListStays() throws Exception {
		long guide = publishedGuide("etc-2026", null, true);
		String good = ApplicantApi.creditCode("620102", 40_900);
		importList(guide, List.<String[]>of(new String[] { "甲企业", good })).andExpect(status().isOk());
		importList(guide, List.<String[]>of(new String[] { "乙企业", ApplicantApi.creditCode("620102", 40_901) },
				new String[] { "", ApplicantApi.creditCode("620102", 40_902) }, new String[] { "丙企业", "91620102MA0000000X" },
				new String[] { "丁企业", good }, new String[] { "戊企业", good }, new String[] { "己企业", "" }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[*].row").value(org.hamcrest.Matchers.contains(3, 4, 6, 7)))
			// a row without a code says so, not "有误：" followed by nothing
			.andExpect(jsonPath("$.problems[3].message").value("未填写统一社会信用代码"));
		assertThat(this.jdbc.sql("SELECT credit_code FROM city_guide_unit WHERE guide_id = :id").param("id", guide)
			.query(String.class).list()).containsExactly(good);
	}

	@Test
	void theCityWindowIsWhatSubmissionEnforcesForItsUnitsOnly() throws Exception {
		ProgramDefinition program = this.programs.get("etc-2026");
		LocalDateTime cityCloses = this.deadlines.applyCloses(program, null).minusDays(3);
		String lanzhou = applicant("620102");
		String wuwei = applicant("620602");
		long early = this.api.startEtc(lanzhou);
		this.api.fillEtcCompletely(lanzhou, early);
		long other = this.api.startEtc(wuwei);
		this.api.fillEtcCompletely(wuwei, other);
		publishedGuide("etc-2026", cityCloses, false);

		moveTo(cityCloses.plusHours(1));
		this.api.as(lanzhou, post("/api/v1/applications/" + early + "/submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("截止")));
		this.api.as(wuwei, post("/api/v1/applications/" + other + "/submit")).andExpect(status().isOk());
		this.api.as(lanzhou, get("/api/v1/programs")).andExpect(status().isOk());

		moveTo(cityCloses.minusHours(1));
		this.api.as(lanzhou, post("/api/v1/applications/" + early + "/submit")).andExpect(status().isOk());
	}

	@Test
	void aBatchEditIsAllOrNothing() throws Exception {
		// etc-2026's window closes a day after etc-2024's: a close fitting the one lies outside the other
		LocalDateTime closes = this.deadlines.applyCloses(this.programs.get("etc-2026"), null);
		assertThat(closes).isAfter(this.deadlines.applyCloses(this.programs.get("etc-2024"), null));
		putGuide("city-620100", "620100", "etc-2026", """
				{"title": "批量", "applyCloses": "%s", "countyReview": true, "alsoFor": ["etc-2024"]}"""
			.formatted(closes))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString(this.programs.get("etc-2024").name())));
		putGuide("city-620100", "620100", "etc-2026", """
				{"title": "批量", "countyReview": false, "alsoFor": ["itc-2026"]}""")
			.andExpect(status().isUnprocessableContent());
		this.api.as("city-620100", get("/api/v1/cities/620100/guides")).andExpect(jsonPath("$.length()").value(0));
		assertThat(this.settings.effective("etc-2026", "620100").own()).isNull();

		LocalDateTime fits = closes.minusDays(2);
		putGuide("city-620100", "620100", "etc-2026", """
				{"title": "批量", "applyCloses": "%s", "alsoFor": ["itc-2026"], "published": true}""".formatted(fits))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programCodes").value(org.hamcrest.Matchers.contains("etc-2026", "itc-2026")));
		long unit = unitId(applicant("620102"));
		assertThat(this.deadlines.applyCloses(this.programs.get("itc-2026"), unit)).isEqualTo(fits);
		assertThat(this.deadlines.applyCloses(this.programs.get("etc-2026"), unit)).isEqualTo(fits);
	}

	@Test
	void anotherCityOrACountyFindsNothing() throws Exception {
		long guide = publishedGuide("etc-2026", null, false);
		this.api.as("city-620600", get("/api/v1/cities/620100/guides")).andExpect(status().isNotFound());
		this.api.as("county-620102", get("/api/v1/cities/620100/guides")).andExpect(status().isNotFound());
		this.api.as("province", get("/api/v1/cities/620100/guides")).andExpect(status().isNotFound());
		putGuide("city-620600", "620100", "etc-2026", "{\"title\": \"x\"}").andExpect(status().isNotFound());
		this.api.as("city-620600", get("/api/v1/cities/620600/guides/" + guide + "/summary"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/guides/" + guide).cookie(logIn("city-620600"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/guides").cookie(logIn("county-620102"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/guides/" + guide).cookie(logIn("city-620100"))).andExpect(status().isOk());
	}

	@Test
	void wuweisCombinedNoticeHasOneDeadlineAndOneSummaryWithAllFourPrograms() throws Exception {
		ProgramDefinition etc = this.programs.get("etc-2024");
		// "于 4 月 20 日前": the end of a day, inside every program's window
		LocalDateTime oneDeadline = this.deadlines.applyCloses(etc, null).toLocalDate().minusDays(1).atStartOfDay();
		putGuide("city-620600", "620600", "etc-2024", """
				{"title": "武工信发〔2024〕35号", "body": "<p>四项申报合并通知</p>", "applyCloses": "%s",
				 "countyReview": true, "published": true, "alsoFor": ["itc-2024", "tide-2024", "alliance-2024"]}"""
			.formatted(oneDeadline)).andExpect(status().isOk());
		long unit = unitId(applicant("620602"));
		List<String> names = new ArrayList<>();
		for (String code : WUWEI_2024) {
			assertThat(this.deadlines.applyCloses(this.programs.get(code), unit)).as(code).isEqualTo(oneDeadline);
			names.add(submittedApplication(code));
		}
		long guide = ((Number) JsonPath.read(this.api.as("city-620600", get("/api/v1/cities/620600/guides"))
			.andReturn().getResponse().getContentAsString(), "$[0].id")).longValue();

		byte[] xlsx = this.api.as("city-620600", get("/api/v1/cities/620600/guides/" + guide + "/summary"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			for (int index = 0; index < 4; index++) {
				String code = WUWEI_2024.get(index);
				Sheet sheet = workbook.getSheetAt(index);
				assertThat(sheet.getSheetName()).isEqualTo(this.programs.get(code).name().substring(0,
						Math.min(31, this.programs.get(code).name().length())));
				assertThat(texts(sheet)).as(code).contains(names.get(index));
				// each sheet holds its own program's rows only
				names.stream().filter(name -> !name.equals(names.get(WUWEI_2024.indexOf(code))))
					.forEach(name -> assertThat(texts(sheet)).doesNotContain(name));
			}
		}
	}

	// --- fixtures

	private long publishedGuide(String program, LocalDateTime closes, boolean restricted) throws Exception {
		String body = """
				{"title": "兰州市企业技术中心申报指南", "body": "<p>请于截止前提交。</p><script>alert(1)</script>",
				 "restricted": %s, "published": true%s}""".formatted(restricted,
				closes == null ? "" : ", \"applyCloses\": \"" + closes + "\"");
		String answer = putGuide("city-620100", "620100", program, body).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private ResultActions putGuide(String user, String city, String program, String json) throws Exception {
		return this.api.as(user, put("/api/v1/cities/" + city + "/guides/" + program)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions importList(long guide, List<String[]> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("名单");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("序号");
			header.createCell(1).setCellValue("企业名称");
			header.createCell(2).setCellValue("*统一社会信用代码");
			for (int index = 0; index < rows.size(); index++) {
				Row row = sheet.createRow(index + 1);
				row.createCell(0).setCellValue(index + 1);
				row.createCell(1).setCellValue(rows.get(index)[0]);
				row.createCell(2).setCellValue(rows.get(index)[1]);
			}
			workbook.write(out);
		}
		return this.api.as("city-620100", multipart("/api/v1/cities/620100/guides/" + guide + "/units")
			.file(new MockMultipartFile("file", "名单.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray())));
	}

	private ResultActions start(String applicant, String program) throws Exception {
		return this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"" + program + "\"}"));
	}

	/** A unit of 凉州区 with an application of the program waiting at 武威市 (inserted: the form is not the point). */
	private String submittedApplication(String program) {
		String applicant = applicant("620602");
		long unit = unitId(applicant);
		String name = applicant + " 科技有限公司";
		ProgramDefinition definition = this.programs.get(program);
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, :revision, :year, '620602', '620600', 'CITY_REVIEW', '{}', '{}',
				    now(), now(), now(), 1)
				""").param("unit", unit).param("name", name).param("program", program)
			.param("revision", definition.revision()).param("year", definition.year()).update();
		return name;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
		return texts;
	}

	private jakarta.servlet.http.Cookie logIn(String user) throws Exception {
		return this.mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin().user(user).password(ApplicantApi.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
	}

	private void moveTo(LocalDateTime local) {
		this.clock.advance(Duration.between(this.clock.instant(), local.atZone(Platform.ZONE).toInstant()));
	}

	private String applicant(String county) {
		int number = ++units;
		String username = "guide-applicant-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode(county, 40_000 + number),
				county);
		return username;
	}

	private String code(String applicant) {
		return this.jdbc.sql("SELECT u.credit_code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = :name")
			.param("name", applicant).query(String.class).single();
	}

	private long unitId(String applicant) {
		return this.jdbc.sql("SELECT unit_id FROM account WHERE username = :name").param("name", applicant)
			.query(Long.class).single();
	}

}
