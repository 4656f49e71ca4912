package shenbao.credit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 6 point 4 on PostgreSQL: the province imports the 失信 list from Excel (bad rows reported per row), reviewers
 * check one code or a filled template and get one answer per row (malformed codes answered on their row), and nobody
 * else reaches any of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditIntegrationTests {

	/** The demo applicant's unit (SPEC §11), registered on the platform. */
	static final String DEMO_UNIT = "91620602MA72B3C49J";

	static final String LISTED = ApplicantApi.creditCode("620102", 61001);

	static final String LISTED_TOO = ApplicantApi.creditCode("620102", 61002);

	@Autowired
	MockMvc mvc;

	@Test
	void theProvinceImportsTheListAndEachBadRowIsReportedNotTheFile() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		byte[] list = workbook(List.of(List.of("企业名称", "统一社会信用代码", "失信原因", "列入日期", "来源"),
				List.of("兰州失信甲公司", LISTED, "被列入失信被执行人", "2024-05-01", "信用中国"),
				List.of("兰州失信乙公司", LISTED_TOO.toLowerCase(), "严重违法失信", "2023/12/1", ""),
				List.of("代码错误公司", "91620102MA000000", "x", "", ""),
				List.of("日期错误公司", ApplicantApi.creditCode("620102", 61003), "x", "去年", "")));
		api.as("province", multipart("/api/v1/credit/imports").file(xlsx("file", list)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(2))
			.andExpect(jsonPath("$.problems[0].row").value(4))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("18 位")))
			.andExpect(jsonPath("$.problems[1].row").value(5))
			.andExpect(jsonPath("$.problems[1].message").value(containsString("去年")));
		api.as("province", multipart("/api/v1/credit/imports").file(xlsx("file", list)))
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.updated").value(2));
		api.as("city-620100", get("/api/v1/credit/" + LISTED))
			.andExpect(jsonPath("$.listing.reason").value("被列入失信被执行人"))
			.andExpect(jsonPath("$.listing.listedOn").value("2024-05-01"));
		// only the province changes the list; applicants and experts do not even find it
		api.as("city-620100", multipart("/api/v1/credit/imports").file(xlsx("file", list)))
			.andExpect(status().isNotFound());
		api.as("applicant", get("/api/v1/credit/" + LISTED)).andExpect(status().isNotFound());
		api.as("expert1", get("/api/v1/credit/" + LISTED)).andExpect(status().isNotFound());
		api.as("applicant", get("/api/v1/credit/template")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").exists());
		api.as("province", multipart("/api/v1/credit/imports")
			.file(new MockMultipartFile("file", "list.xlsx", "application/octet-stream", "not excel".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Excel")));
	}

	@Test
	void aBatchCheckAnswersEveryRowInTheSeedsTemplate() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		String listed = ApplicantApi.creditCode("620102", 61101);
		api.as("province", multipart("/api/v1/credit/imports").file(xlsx("file", workbook(List.of(
				List.of("企业名称", "统一社会信用代码", "失信原因"), List.of("批量失信公司", listed, "失信被执行人"))))))
			.andExpect(status().isOk());
		byte[] template = api.as("county-620602", get("/api/v1/credit/template")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(cells(workbook.getSheetAt(0).getRow(0)).subList(0, 2)).containsExactly("企业名称", "*统一社会信用代码");
		}
		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			row(sheet, 0, "企业名称", "*统一社会信用代码");
			row(sheet, 1, "武威示范科技有限公司", DEMO_UNIT);
			row(sheet, 2, "批量失信公司", listed);
			row(sheet, 3, "写错代码的公司", "91620602MA72B3C49K");
			row(sheet, 4, "没写代码的公司", "");
			workbook.write(filled);
		}
		byte[] answer = api.as("county-620602", multipart("/api/v1/credit/checks").file(xlsx("file", filled.toByteArray())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(cells(sheet.getRow(0))).containsExactly("序号", "企业名称", "统一社会信用代码", "代码校验",
					"平台注册单位", "是否失信", "失信原因", "列入日期");
			assertThat(cells(sheet.getRow(1))).containsExactly("1", "武威示范科技有限公司", DEMO_UNIT, "校验通过",
					"武威示范科技有限公司", "否", "", "");
			assertThat(cells(sheet.getRow(2))).containsExactly("2", "批量失信公司", listed, "校验通过", "未在平台注册", "是",
					"失信被执行人", "");
			assertThat(cells(sheet.getRow(3)).get(3)).contains("校验位");
			assertThat(cells(sheet.getRow(4)).get(3)).isEqualTo("未填写统一社会信用代码");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
		}
	}

	@Test
	void aRemovalNeedsAReasonAndTakesTheUnitOffTheList() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		String code = ApplicantApi.creditCode("620102", 61201);
		api.as("province", multipart("/api/v1/credit/imports").file(xlsx("file", workbook(List.of(
				List.of("统一社会信用代码", "失信原因"), List.of(code, "失信被执行人"))))))
			.andExpect(status().isOk());
		api.as("county-620102", get("/api/v1/credit/" + code)).andExpect(jsonPath("$.listing.reason").value("失信被执行人"));
		api.as("province", post("/api/v1/credit/" + code + "/removal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\" \"}")).andExpect(status().isBadRequest());
		api.as("province", post("/api/v1/credit/" + code + "/removal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"已履行义务，信用修复\"}")).andExpect(status().isOk());
		api.as("county-620102", get("/api/v1/credit/" + code)).andExpect(jsonPath("$.listing").doesNotExist());
		api.as("province", post("/api/v1/credit/" + code + "/removal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"再次\"}")).andExpect(status().isNotFound());
	}

	@Test
	void thePageChecksOneCodeAndShowsRefusalsInPlace() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		String code = ApplicantApi.creditCode("620102", 61301);
		api.as("province", multipart("/api/v1/credit/imports").file(xlsx("file", workbook(List.of(
				List.of("企业名称", "统一社会信用代码", "失信原因"), List.of("页面失信公司", code, "失信被执行人"))))))
			.andExpect(status().isOk());
		jakarta.servlet.http.Cookie county = login("county-620102");
		this.mvc.perform(get("/credit").param("code", code).cookie(county))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已列入失信名单：页面失信公司")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("导入失信名单"))));
		this.mvc.perform(get("/credit").param("code", "123").cookie(county))
			.andExpect(content().string(containsString("统一社会信用代码应为 18 位")));
		this.mvc.perform(multipart("/credit/checks").file(new MockMultipartFile("file", "a.xlsx", "application/pdf",
				"%PDF-1.4".getBytes())).cookie(county).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法读取该文件")));
		this.mvc.perform(get("/credit").cookie(login("province")))
			.andExpect(content().string(containsString("导入失信名单")));
		this.mvc.perform(get("/credit").cookie(login("applicant"))).andExpect(status().isNotFound());
	}

	private jakarta.servlet.http.Cookie login(String username) throws Exception {
		return this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username).password(ApplicantApi.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			row.createCell(column).setCellValue(values[column]);
		}
	}

	private static List<String> cells(Row row) {
		List<String> values = new java.util.ArrayList<>();
		for (int column = 0; column < 8; column++) {
			var cell = row.getCell(column);
			values.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
		}
		return values;
	}

	static byte[] workbook(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			for (int index = 0; index < rows.size(); index++) {
				row(sheet, index, rows.get(index).toArray(String[]::new));
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

	static MockMultipartFile xlsx(String name, byte[] content) {
		return new MockMultipartFile(name, "file.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

}
