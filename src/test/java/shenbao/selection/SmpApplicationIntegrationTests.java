package shenbao.selection;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * smp-2024 on PostgreSQL (issue 8 point 3): units selected in batches 1-3 are refused with their batch named, at start
 * (the seed's 惠州 list, matched by exact name) and at submission (a unit imported later, matched by credit code);
 * the 5-cluster limit and the domain's form variant are enforced at submission. Fixture credit codes 45 001+.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SmpApplicationIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void theSeedsHuizhouUnitsAreListedWithTheirBatch() {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM past_selection WHERE list_code = 'smp' AND city_code = '441300' AND credit_code IS NULL"
					+ " AND imported_by = 'seed 002 附件6'")
			.query(Integer.class)
			.single()).isEqualTo(34);
		assertThat(this.jdbc.sql("SELECT batch FROM past_selection WHERE unit_name = '惠州市华阳精机有限公司'")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aUnitOfTheSeedsListIsRefusedAtStartNamingItsBatch() throws Exception {
		String applicant = newApplicant("惠州亿纬锂能股份有限公司");
		this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"smp-2024\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已入选第二批")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.name = ?")
			.param("惠州亿纬锂能股份有限公司")
			.query(Integer.class)
			.single()).isZero();
		// the same name with half-width brackets and a stray space is the same unit
		this.api.as(newApplicant("TCL通力电子(惠州) 有限公司"), post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"smp-2024\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已入选第一批")));
		// the program list says so before a form is started
		this.mvc.perform(get("/programs").cookie(logIn(applicant)))
			.andExpect(content().string(containsString("已入选第二批")));
	}

	@Test
	void aUnitImportedByCreditCodeIsRefusedAtSubmissionAndBadRowsAreReportedByNumber() throws Exception {
		String applicant = newApplicant("惠城新材料有限公司");
		String code = creditCode(applicant);
		long id = start(applicant);
		byte[] sheet = workbook(List.of(List.of("单位名称", "统一社会信用代码", "批次", "地市"),
				List.of("惠城新材料旧名有限公司", code, "第3批", "惠州市"),
				List.of("某某有限公司", "123", "第一批", "惠州市"),
				List.of("另一家有限公司", "", "第X批", "惠州市"),
				List.of("外省有限公司", "", "第一批", "纽约市")));
		this.mvc.perform(multipart("/selections/smp/imports").file(new MockMultipartFile("file", "list.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
			.cookie(logIn("province"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增 1 家，更新 0 家，3 行未导入")))
			.andExpect(content().string(containsString("第 3 行：统一社会信用代码“123”无效")))
			.andExpect(content().string(containsString("第 4 行：批次“第X批”无法识别")))
			.andExpect(content().string(containsString("第 5 行：地市“纽约市”不在本省")));
		// listed after it started: its complete application is refused at submission, naming the batch
		complete(applicant, id);
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已入选第三批")));
		assertThat(this.jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT");
		// the city sees its list with the imported row; a county reviewer cannot import
		this.mvc.perform(get("/selections/smp").cookie(logIn("city-441300")))
			.andExpect(content().string(containsString("惠城新材料旧名有限公司")))
			.andExpect(content().string(containsString("惠州亿纬锂能股份有限公司")));
	}

	@Test
	void atMostFiveClustersAreTickedWhichTheHelperShowsAndSubmissionRefuses() throws Exception {
		String applicant = newApplicant("惠城集群有限公司");
		long id = start(applicant);
		String six = "{\"electronic_information\":true,\"green_petrochemical\":true,\"smart_home_appliances\":true,"
				+ "\"automotive\":true,\"advanced_materials\":true,\"new_energy\":true}";
		this.api.as(applicant, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\":{\"path\":\"遴选加入\",\"domain\":\"关键软件\",\"clusters\":" + six + "},\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[?(@.section == 'basic')].problems[*].message",
					hasItem(containsString("最多勾选 5 项，现已勾选 6 项"))));
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("clusters")));
		String five = six.replace(",\"new_energy\":true", ",\"new_energy\":false");
		this.api.as(applicant, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\":{\"clusters\":" + five + "},\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[*].problems[*].field", not(hasItem("clusters"))));
	}

	@Test
	void theProgramDefinitionTellsApiClientsTheVariantsAndTheTickLimit() throws Exception {
		this.mvc.perform(get("/api/v1/programs/smp-2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[?(@.key == 'pilot_project')].when[0].field", hasItem("domain")))
			.andExpect(jsonPath("$.sections[?(@.key == 'pilot_project')].when[0].in[0]", hasItem("智能制造试点示范")))
			.andExpect(jsonPath("$.sections[?(@.key == 'direct_recognition')].when[0].in[0]", hasItem("直接认定")))
			.andExpect(jsonPath("$.sections[*].fields[?(@.key == 'clusters')].maxTicked", hasItem(5)))
			.andExpect(jsonPath("$.sections[*].fields[?(@.key == 'service_staff')].when[0].in", hasItem(
					List.of("行业组织", "智能制造人才", "智能制造金融服务"))));
	}

	@Test
	void theDomainDecidesWhichSectionsAreCheckedAtSubmission() throws Exception {
		String applicant = newApplicant("惠城行业协会");
		long id = start(applicant);
		String equipment = save(applicant, id, "{\"values\":{\"path\":\"遴选加入\",\"domain\":\"智能制造装备\"},\"version\":0}");
		List<String> sections = JsonPath.read(equipment, "$.checks[*].section");
		assertThat(sections).contains("operations", "business").doesNotContain("future_plan", "pilot_project",
				"direct_recognition");
		List<String> fields = JsonPath.read(equipment, "$.checks[*].problems[*].field");
		assertThat(fields).contains("operating_revenue", "enterprise_type").doesNotContain("future_service_plan",
				"service_staff", "unit_kind", "pilot_overview");
		String organisation = save(applicant, id, "{\"values\":{\"path\":\"直接认定\",\"domain\":\"行业组织\"},\"version\":1}");
		assertThat((List<String>) JsonPath.read(organisation, "$.checks[*].section")).contains("future_plan",
				"direct_recognition").doesNotContain("operations", "pilot_project", "business");
		fields = JsonPath.read(organisation, "$.checks[*].problems[*].field");
		assertThat(fields).contains("future_service_plan", "service_staff", "unit_kind", "qualification",
				"direct_qualification_proof").doesNotContain("operating_revenue", "enterprise_type");
		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("direct_qualification_proof")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem("operating_revenue"))));
	}

	/** Fills every check of a 直接认定 / 行业组织 application (附件2.2) and uploads its evidence. */
	private void complete(String applicant, long id) throws Exception {
		String values = """
				{"values": {"path": "直接认定", "domain": "行业组织", "qualification": "省级机器人骨干（培育）企业",
				 "registered_in_guangdong": true, "no_major_accident": true, "good_credit": true,
				 "not_previously_selected": true, "unit_name": "惠城新材料有限公司", "address": "惠州市惠城区演达大道1号",
				 "legal_representative": "王一", "legal_representative_nationality": "中国",
				 "legal_representative_phone": "0752-1234567", "contact": "王二", "contact_phone": "13800000001",
				 "industry": "专业技术服务业", "industry_code": "M74", "clusters": {"electronic_information": true},
				 "registered_on": "2015-03-01", "registered_capital": 1000, "total_assets": 5000, "fixed_assets": 800,
				 "unit_kind": "社会团体", "listing": "尚未上市", "employees": 40, "service_staff": 30,
				 "bachelor_staff": 20, "intermediate_title_staff": 10, "qualified_staff": 22,
				 "unit_profile": "行业协会，服务会员企业智能化改造。",
				 "cases": [{"name": "案例一", "client": "某电子厂", "problem": "排产", "approach": "MES",
				            "architecture": "云边协同", "results": "效率提升"}],
				 "future_service_plan": "五年内组织 50 场供需对接活动。",
				 "notice_acknowledged": true, "truthfulness_pledge": true}, "version": 0}
				""";
		save(applicant, id, values);
		for (String slot : List.of("direct_qualification_proof", "business_license", "audit_reports",
				"credit_china_report", "cases_proof")) {
			this.api.as(applicant, multipart("/api/v1/applications/" + id + "/attachments")
				.file(new MockMultipartFile("file", slot + ".pdf", "application/pdf", ApplicantApi.pdf(2_000)))
				.param("slot", slot)).andExpect(status().isCreated());
		}
		String checks = this.api.as(applicant, get("/api/v1/applications/" + id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<Object>) JsonPath.read(checks, "$.checks[*].problems[*]")).as(checks).isEmpty();
	}

	private String save(String applicant, long id, String body) throws Exception {
		return this.api.as(applicant, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long start(String applicant) throws Exception {
		String body = this.api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"smp-2024\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** A unit in 惠城区 with exactly this name. */
	private String newApplicant(String unitName) {
		int number = ++units;
		String username = "smp-applicant-" + number;
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long unit = this.jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', '441302', '李四', '13800000000', :now) RETURNING id
				""")
			.param("code", ApplicantApi.creditCode("441302", 45_000 + number))
			.param("name", unitName)
			.param("now", now)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, unit_id, display_name, created_at)
				VALUES (:username, :hash, 'APPLICANT', '441302', :unit, :username, :now)
				""")
			.param("username", username)
			.param("hash", this.encoder.encode(ApplicantApi.PASSWORD))
			.param("unit", unit)
			.param("now", now)
			.update();
		return username;
	}

	private String creditCode(String username) {
		return this.jdbc.sql("SELECT u.credit_code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			for (int index = 0; index < rows.size(); index++) {
				Row row = sheet.createRow(index);
				for (int column = 0; column < rows.get(index).size(); column++) {
					row.createCell(column).setCellValue(rows.get(index).get(column));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
