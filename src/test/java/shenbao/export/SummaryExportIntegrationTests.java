package shenbao.export;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import shenbao.application.ApplicantApi;
import shenbao.audit.AuditTrail;
import shenbao.export.ExportFixtures.Workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 汇总表 on PostgreSQL (issue 6 point 3, SPEC §8, §10): the workbook read back with POI. Data lives in regions no
 * other test uses (金昌市 for etc-2026, 佛山市 for smp-2024), with reviewer accounts of their own, so the counts and
 * totals below are exact whatever else the run has written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryExportIntegrationTests {

	static final String ETC = "etc-2026";

	static final String SMP = "smp-2024";

	/** Unique to the province's sheet: if a city's export shows either, it leaked a higher level's score. */
	static final double PROVINCE_TOTAL = 77.5;

	static final double PROVINCE_INDICATOR = 1.75;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditTrail audit;

	ApplicantApi api;

	long unitA;

	@BeforeAll
	void data() {
		this.api = new ApplicantApi(this.mvc);
		String hash = this.encoder.encode(ApplicantApi.PASSWORD);
		ExportFixtures.reviewer(this.jdbc, hash, "x-city-620300", "CITY_REVIEWER", "620300", "金昌市工信局");
		ExportFixtures.reviewer(this.jdbc, hash, "x-county-620302", "COUNTY_REVIEWER", "620302", "金川区工信局");
		ExportFixtures.reviewer(this.jdbc, hash, "x-city-440600", "CITY_REVIEWER", "440600", "佛山市工信局");
		ExportFixtures.reviewer(this.jdbc, hash, "x-county-440604", "COUNTY_REVIEWER", "440604", "禅城区工信局");
		Instant day = Instant.parse("2026-05-20T02:00:00Z");

		this.unitA = ExportFixtures.unit(this.jdbc, "金川甲科技有限公司", "620302", "张三", "13900000001");
		long a = ExportFixtures.application(this.jdbc, this.unitA, "金川甲科技有限公司", ETC, "620302", "620300",
				"PROVINCE_REVIEW", "{}", "{\"rd_expense_per_capita\": 5, \"rd_revenue_ratio_pct\": 3}", day);
		ExportFixtures.scores(this.jdbc, a, "CITY", "{\"rd_expense_per_capita\": 4.5}", "40", true);
		ExportFixtures.scores(this.jdbc, a, "PROVINCE", "{\"rd_expense_per_capita\": " + PROVINCE_INDICATOR + "}",
				String.valueOf(PROVINCE_TOTAL), true);
		ExportFixtures.quotaPlace(this.jdbc, ETC, "620300", 5, a);
		long unitB = ExportFixtures.unit(this.jdbc, "金川乙研究院", "620302", "李四", "13900000002");
		long b = ExportFixtures.application(this.jdbc, unitB, "金川乙研究院", ETC, "620302", "620300", "CITY_REVIEW",
				"{}", "{\"rd_expense_per_capita\": 2}", day.plus(Duration.ofHours(1)));
		ExportFixtures.scores(this.jdbc, b, "CITY", "{\"rd_expense_per_capita\": 2}", "30", false);
		long unitC = ExportFixtures.unit(this.jdbc, "永昌丙制造有限公司", "620321", "王五", "13900000003");
		ExportFixtures.application(this.jdbc, unitC, "永昌丙制造有限公司", ETC, "620321", "620300", "COUNTY_REVIEW",
				"{}", "{}", day.plus(Duration.ofHours(2)));
		long unitD = ExportFixtures.unit(this.jdbc, "永昌丁草稿单位", "620321", "赵六", "13900000004");
		ExportFixtures.application(this.jdbc, unitD, "永昌丁草稿单位", ETC, "620321", "620300", "DRAFT", "{}", "{}",
				day);

		long unitE = ExportFixtures.unit(this.jdbc, "禅城软件有限公司", "440604", "陈一", "13700000001");
		ExportFixtures.application(this.jdbc, unitE, "禅城软件有限公司", SMP, "440604", "440600", "COUNTY_REVIEW",
				"{\"path\": \"遴选加入\", \"domain\": \"关键软件\"}", "{}", day);
		long unitF = ExportFixtures.unit(this.jdbc, "禅城装备有限公司", "440604", "陈二", "13700000002");
		ExportFixtures.application(this.jdbc, unitF, "禅城装备有限公司", SMP, "440604", "440600", "CITY_REVIEW",
				"{\"path\": \"直接认定\", \"domain\": \"智能制造装备\"}", "{}", day.plus(Duration.ofHours(1)));
		long unitG = ExportFixtures.unit(this.jdbc, "南海方案有限公司", "440605", "陈三", "13700000003");
		ExportFixtures.application(this.jdbc, unitG, "南海方案有限公司", SMP, "440605", "440600", "CITY_REVIEW",
				"{\"path\": \"遴选加入\", \"domain\": \"智能制造系统解决方案\"}", "{}", day.plus(Duration.ofHours(2)));
	}

	@Test
	void aCitysExportListsItsApplicationsWithCityScoresQuotaUseAndTotalsButNoProvinceScore() throws Exception {
		MvcResult result = this.api.as("x-city-620300", get("/api/v1/exports/summary").param("program", ETC))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ExportApiControllerContentType.XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		Workbook workbook = Workbook.read(result.getResponse().getContentAsByteArray());

		assertThat(workbook.header()).startsWith("序号", "申报编号", "申报单位名称", "统一社会信用代码", "所在市州", "所在县区",
				"联系人", "联系电话", "状态", "提交时间", "自评总分", "系统建议总分", "市州评分合计",
				"市州评分：研发人员人均研发经费支出");
		// (an indicator may itself say 省级, e.g. 省级以上研发平台数: look at the level part of the header)
		assertThat(workbook.header()).noneMatch(cell -> String.valueOf(cell).startsWith("省级评分"))
			.noneMatch(cell -> String.valueOf(cell).startsWith("专家评分"))
			.anyMatch(cell -> String.valueOf(cell).equals("市州评分：省级以上研发平台数"));
		assertThat(workbook.allCells()).doesNotContain(PROVINCE_TOTAL, PROVINCE_INDICATOR);

		List<Object> a = workbook.rowOf("金川甲科技有限公司");
		assertThat(a.getFirst()).isEqualTo(1.0);
		assertThat(workbook.cell(a, "统一社会信用代码")).isEqualTo(ExportFixtures.creditCode(this.jdbc, this.unitA));
		assertThat(workbook.cell(a, "所在市州")).isEqualTo("金昌市");
		assertThat(workbook.cell(a, "所在县区")).isEqualTo("金川区");
		assertThat(workbook.cell(a, "联系人")).isEqualTo("张三");
		assertThat(workbook.cell(a, "联系电话")).isEqualTo("13900000001");
		assertThat(workbook.cell(a, "状态")).isEqualTo("待省级审核");
		assertThat(workbook.cell(a, "提交时间")).isEqualTo("2026-05-20 10:00:00");
		assertThat(workbook.cell(a, "自评总分")).isEqualTo(8.0);
		assertThat(workbook.cell(a, "市州评分合计")).isEqualTo(40.0);
		assertThat(workbook.cell(a, "市州评分：研发人员人均研发经费支出")).isEqualTo(4.5);
		assertThat(workbook.cell(workbook.rowOf("永昌丙制造有限公司"), "状态")).isEqualTo("待县区审核");
		assertThat(workbook.allCells()).doesNotContain("永昌丁草稿单位");

		assertThat(workbook.summary().stream().map(row -> row.isEmpty() ? null : row.getFirst()))
			.contains("名额使用（金昌市）：已推荐 1 / 名额 5");
		List<Object> totals = workbook.summary().get(workbook.rowsStartingWith("合计").getFirst());
		assertThat(totals.get(1)).isEqualTo("共 3 项");
		assertThat(workbook.cell(totals, "市州评分合计")).isEqualTo(70.0);
		assertThat(workbook.cell(totals, "自评总分")).isEqualTo(10.0);
		List<Object> averages = workbook.summary().get(workbook.rowsStartingWith("平均分").getFirst());
		assertThat(workbook.cell(averages, "市州评分合计")).isEqualTo(35.0);
		assertThat(workbook.sheetNames()).containsExactly("汇总表");
	}

	@Test
	void aCountySeesOnlyItsCountyAndNoLevelScoresAboveIt() throws Exception {
		Workbook workbook = export("x-county-620302", ETC, null);
		assertThat(workbook.header()).noneMatch(cell -> String.valueOf(cell).contains("评分合计"));
		assertThat(workbook.allCells()).contains("金川甲科技有限公司", "金川乙研究院")
			.doesNotContain("永昌丙制造有限公司", 40.0, 30.0, PROVINCE_TOTAL);
		assertThat(workbook.summary().get(workbook.rowsStartingWith("合计").getFirst()).get(1)).isEqualTo("共 2 项");
		assertThat(workbook.allCells()).noneMatch(cell -> cell.toString().startsWith("名额使用"));
	}

	@Test
	void aCityMayNarrowItsExportToOneOfItsCounties() throws Exception {
		Workbook workbook = export("x-city-620300", ETC, "620321");
		assertThat(workbook.allCells()).contains("永昌丙制造有限公司").doesNotContain("金川甲科技有限公司");
		assertThat(workbook.summary().get(workbook.rowsStartingWith("合计").getFirst()).get(1)).isEqualTo("共 1 项");
	}

	@Test
	void theProvincesExportCarriesEveryLevelsTotalAndIndicatorScores() throws Exception {
		Workbook workbook = export("province", ETC, "620300");
		assertThat(workbook.header()).contains("市州评分合计", "市州评分：研发人员人均研发经费支出", "省级评分合计",
				"省级评分：研发人员人均研发经费支出");
		List<Object> a = workbook.rowOf("金川甲科技有限公司");
		assertThat(workbook.cell(a, "市州评分合计")).isEqualTo(40.0);
		assertThat(workbook.cell(a, "省级评分合计")).isEqualTo(PROVINCE_TOTAL);
		assertThat(workbook.cell(a, "省级评分：研发人员人均研发经费支出")).isEqualTo(PROVINCE_INDICATOR);
		assertThat(workbook.allCells()).contains("名额使用（金昌市）：已推荐 1 / 名额 5");

		Workbook everything = export("province", ETC, null);
		assertThat(everything.sheetNames()).containsExactly("汇总表", "名额使用");
		assertThat(everything.sheets().get(1)).anySatisfy(row -> assertThat(row).containsExactly("金昌市", 1.0, 5.0));
		assertThat(everything.allCells()).contains("金川甲科技有限公司", "永昌丙制造有限公司");
	}

	@Test
	void aRegionOutsideTheCallersScopeIsNotFound() throws Exception {
		this.api.as("x-city-620300", get("/api/v1/exports/summary").param("program", ETC).param("region", "620602"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("该地区不存在或不在您的管辖范围内"));
		this.api.as("x-county-620302", get("/api/v1/exports/summary").param("program", ETC).param("region", "620321"))
			.andExpect(status().isNotFound());
		this.api.as("x-city-620300", get("/api/v1/exports/summary").param("program", ETC).param("region", "999999"))
			.andExpect(status().isNotFound());
		this.api.as("province", get("/api/v1/exports/summary").param("program", SMP).param("region", "440600"))
			.andExpect(status().isNotFound());
		this.api.as("x-city-620300", get("/api/v1/exports/summary").param("program", "no-such-program"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anApplicantGetsNotFound() throws Exception {
		this.api.as("applicant", get("/api/v1/exports/summary").param("program", ETC))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theGuangdongRecommendationSheetHasTheSeedsTwoBlocksAndColumns() throws Exception {
		Workbook workbook = export("x-city-440600", SMP, null);
		assertThat(workbook.summary().getFirst().getFirst().toString()).endsWith("推荐汇总表");
		assertThat(workbook.allCells()).contains("推荐单位：佛山市工信局（盖章）");
		int selection = workbook.rowsStartingWith("遴选加入单位").getFirst();
		int direct = workbook.rowsStartingWith("直接认定单位").getFirst();
		assertThat(selection).isLessThan(direct);
		assertThat(workbook.summary().get(selection + 1)).startsWith("序号", "申报单位名称", "申报领域", "企业联系人", "联系电话");
		assertThat(workbook.summary().get(selection + 2)).startsWith(1.0, "禅城软件有限公司", "关键软件", "陈一",
				"13700000001");
		assertThat(workbook.summary().get(selection + 3)).startsWith(2.0, "南海方案有限公司", "智能制造系统解决方案");
		assertThat(workbook.summary().get(selection + 4)).startsWith("小计", "共 2 项");
		assertThat(workbook.summary().get(direct + 1)).startsWith("序号", "申报单位名称", "申报领域");
		assertThat(workbook.summary().get(direct + 2)).startsWith(1.0, "禅城装备有限公司", "智能制造装备", "陈二");
		assertThat(workbook.summary().get(workbook.rowsStartingWith("合计").getFirst()).get(1)).isEqualTo("共 3 项");
		assertThat(workbook.allCells()).doesNotContain("未选择申报方式");
		assertThat(workbook.allCells()).anyMatch(cell -> cell.toString().startsWith("填报人：佛山市工信局"));

		Workbook county = export("x-county-440604", SMP, null);
		int countySelection = county.rowsStartingWith("遴选加入单位").getFirst();
		assertThat(county.summary().get(countySelection + 2)).startsWith(1.0, "禅城软件有限公司");
		assertThat(county.summary().get(countySelection + 3)).startsWith("小计", "共 1 项");
		assertThat(county.allCells()).doesNotContain("南海方案有限公司");
	}

	@Test
	void everyDownloadIsInTheAuditRecord() throws Exception {
		int before = this.audit.about("program:" + ETC).size();
		export("x-city-620300", ETC, "620321");
		assertThat(this.audit.about("program:" + ETC)).hasSize(before + 1).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("EXPORT");
			assertThat(entry.actorName()).isEqualTo("金昌市工信局");
			assertThat(entry.detail()).isEqualTo("region 620321 rows 1");
		});
	}

	@Test
	void thePageRunsTheExportAsAJobThatReportsProgressAndOffersTheFile() throws Exception {
		Cookie session = login("x-city-620300");
		this.mvc.perform(get("/workbench").cookie(session))
			.andExpect(content().string(containsString("href=\"/exports\"")));
		this.mvc.perform(get("/exports").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("永昌县")));
		String location = this.mvc
			.perform(post("/exports").cookie(session).with(csrf()).param("program", ETC).param("region", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/exports/jobs/");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> this.mvc
			.perform(get(location).cookie(session).header("HX-Request", "true"))
			.andExpect(content().string(containsString("已生成，共 3 行")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger")))));
		int before = this.audit.about("program:" + ETC).size();
		byte[] file = this.mvc.perform(get(location + "/file").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Workbook.read(file).allCells()).contains("金川甲科技有限公司", "永昌丙制造有限公司");
		assertThat(this.audit.about("program:" + ETC)).hasSize(before + 1);
		// a job belongs to whoever started it
		this.mvc.perform(get(location).cookie(login("x-county-620302"))).andExpect(status().isNotFound());
	}

	/**
	 * Behind a load balancer the poll and the download may reach another node than the one running the export: the
	 * job's state and file are in the database and file storage, and a job whose node stopped shows as failed.
	 */
	@Test
	void aJobIsReadFromTheDatabaseSoAnyNodeServesItAndASilentNodesJobShowsFailed() throws Exception {
		Cookie session = login("x-city-620300");
		String location = this.mvc
			.perform(post("/exports").cookie(session).with(csrf()).param("program", ETC).param("region", ""))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		java.util.UUID id = java.util.UUID.fromString(location.substring("/exports/jobs/".length()));
		await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(this.jdbc
			.sql("SELECT state FROM export_job WHERE id = :id").param("id", id).query(String.class).single()));
		// a job another node finished: the same row under a new id, as that node would have written it
		java.util.UUID elsewhere = java.util.UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO export_job (id, account_id, program_code, program_name, region_code, region_name,
				    expected_rows, filename, state, written, file_id, started_at, heartbeat_at, ended_at)
				SELECT :elsewhere, account_id, program_code, program_name, region_code, region_name, expected_rows,
				    filename, state, written, file_id, started_at, heartbeat_at, ended_at
				FROM export_job WHERE id = :id""").param("elsewhere", elsewhere).param("id", id).update();
		this.mvc.perform(get("/exports/jobs/" + elsewhere).cookie(session))
			.andExpect(content().string(containsString("已生成，共 3 行")));
		assertThat(Workbook.read(this.mvc.perform(get("/exports/jobs/" + elsewhere + "/file").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).allCells())
			.contains("金川甲科技有限公司");
		// a job still "running" on a node that has not beaten for minutes is shown as failed, and blocks nothing
		java.util.UUID silent = java.util.UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO export_job (id, account_id, program_code, program_name, region_code, region_name,
				    expected_rows, filename, state, written, started_at, heartbeat_at)
				SELECT :silent, account_id, program_code, program_name, region_code, region_name, expected_rows,
				    filename, 'RUNNING', 1, started_at - INTERVAL '10' MINUTE, heartbeat_at - INTERVAL '10' MINUTE
				FROM export_job WHERE id = :id""").param("silent", silent).param("id", id).update();
		this.mvc.perform(get("/exports/jobs/" + silent).cookie(session))
			.andExpect(content().string(containsString("生成失败")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
		this.mvc.perform(get("/exports/jobs/" + silent + "/file").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void aRunningJobsFragmentPollsItselfEverySecond() throws Exception {
		Cookie session = login("x-city-620300");
		String fragment = this.mvc
			.perform(post("/exports").cookie(session).with(csrf()).header("HX-Request", "true").param("program", ETC))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the job may already be done on a fast machine; either it polls, or it offers the file
		assertThat(fragment).satisfiesAnyOf(html -> assertThat(html).contains("hx-trigger=\"every 1s\"")
			.contains("已写入"), html -> assertThat(html).contains("下载汇总表").doesNotContain("hx-trigger"));
	}

	private Workbook export(String username, String program, String region) throws Exception {
		var request = get("/api/v1/exports/summary").param("program", program);
		if (region != null) {
			request.param("region", region);
		}
		return Workbook.read(this.api.as(username, request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private Cookie login(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/** The content type SPEC §10 promises. */
	static final class ExportApiControllerContentType {

		static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	}

}
