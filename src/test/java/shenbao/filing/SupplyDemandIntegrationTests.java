package shenbao.filing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 生态合作伙伴供需汇总表 on PostgreSQL (seed 002 附件5): 博罗县 downloads the sheet, files it with bad rows reported by
 * number, 惠州市 reads and downloads it, a new filing replaces the old one, and no one else sees it. 博罗县 is used by
 * no other test; unit codes 45 201+.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplyDemandIntegrationTests {

	static final String PATH = "/review/supply-demand/smp-2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeAll
	void fixtures() {
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, display_name, created_at)
				VALUES ('s-county-441322', :hash, 'COUNTY_REVIEWER', '441322', '博罗县工业和信息化局', :now)
				""")
			.param("hash", this.encoder.encode(ApplicantApi.PASSWORD))
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Test
	void theCountyFilesItsSheetWhichItsCityReadsAndDownloads() throws Exception {
		Cookie county = login("s-county-441322");
		List<List<String>> template = rows(this.mvc.perform(get(PATH + "/template.xlsx").cookie(county))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(template.getFirst()).containsExactly("序号", "单位名称", "统一社会信用代码", "类别", "所属领域",
				"可提供的产品或服务（供给）", "智能制造需求（需求）", "联系人", "联系电话");

		String code = ApplicantApi.creditCode("441322", 45_201);
		byte[] filled = workbook(List.of(template.getFirst(),
				List.of("1", "博罗智造装备有限公司", "", "往年已入选", "智能制造装备", "数控机床", "工业软件", "张三", "0752-1234567"),
				List.of("2", "博罗新材料有限公司", code, "今年新申报", "关键软件", "MES 系统", "产线改造", "李四", "13900000000"),
				List.of("3", "博罗错类有限公司", "", "明年申报", "", "", "", "", ""),
				List.of("4", "博罗错码有限公司", "123", "今年新申报", "", "", "", "", ""),
				List.of("5", "", "", "今年新申报", "", "", "", "", "")));
		file(county, filled).andExpect(status().isOk())
			.andExpect(content().string(containsString("已报送 2 行，3 行未导入")))
			.andExpect(content().string(containsString("第 4 行：类别“明年申报”应为“往年已入选”或“今年新申报”")))
			.andExpect(content().string(containsString("第 5 行：统一社会信用代码“123”无效")))
			.andExpect(content().string(containsString("第 6 行：单位名称为空")));

		Cookie city = login("city-441300");
		this.mvc.perform(get(PATH).cookie(city))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("博罗县")))
			.andExpect(content().string(containsString("博罗智造装备有限公司")))
			.andExpect(content().string(containsString("产线改造")));
		List<List<String>> sheet = rows(this.mvc.perform(get(PATH + "/sheet.xlsx").cookie(city))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(sheet.getFirst()).startsWith("序号", "县（区）", "单位名称");
		assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith("2", "博罗县", "博罗新材料有限公司", code, "今年新申报"));

		// a county elsewhere, and an applicant, see nothing of it
		this.mvc.perform(get(PATH).cookie(login("county-620602")))
			.andExpect(content().string(not(containsString("博罗智造装备有限公司"))));
		this.mvc.perform(get(PATH + "/sheet.xlsx").cookie(login("applicant"))).andExpect(status().isNotFound());

		// a new filing replaces the old one
		file(county, workbook(List.of(template.getFirst(),
				List.of("1", "博罗新材料有限公司", code, "今年新申报", "关键软件", "MES 系统", "产线改造", "李四", "13900000000"))))
			.andExpect(content().string(containsString("已报送 1 行，0 行未导入")));
		this.mvc.perform(get(PATH).cookie(city))
			.andExpect(content().string(not(containsString("博罗智造装备有限公司"))));
	}

	private ResultActions file(Cookie county, byte[] content) throws Exception {
		return this.mvc.perform(multipart(PATH)
			.file(new MockMultipartFile("file", "sheet.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
			.cookie(county)
			.with(csrf()));
	}

	private Cookie login(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static List<List<String>> rows(byte[] bytes) throws Exception {
		DataFormatter cells = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> values = new ArrayList<>();
				for (int column = 0; column < row.getLastCellNum(); column++) {
					values.add(row.getCell(column) == null ? "" : cells.formatCellValue(row.getCell(column)));
				}
				rows.add(values);
			}
		}
		return rows;
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
