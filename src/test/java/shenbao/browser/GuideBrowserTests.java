package shenbao.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.application.ApplicantApi;
import shenbao.deadline.Deadlines;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * 惠州市's path through its 申报指南 in a real browser (Guangdong 地市和区县 manual §4.3.1): the city reviewer uploads
 * the guide for 智能制造生态合作伙伴 with its own window inside the province's, county review and its deadline, and
 * publishes it for named units only, imports the list from Excel; a listed unit of 惠城区 sees the guide on 我要申报
 * and its 政策介绍 page and may start, an unlisted one is told why.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT) // the other browser tests' context
class GuideBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final Path PDF = Paths.get("src/test/resources/document/business-licence.pdf");

	private static final String TITLE = "惠州市2024年智能制造生态合作伙伴申报指南（测试）";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Programs programs;

	@Autowired
	Deadlines deadlines;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	/** Other test classes see 惠州市 as the province left it. */
	@AfterEach
	void removeGuide() {
		this.jdbc.sql("DELETE FROM city_guide WHERE city_code = '441300'").update();
		this.jdbc.sql("DELETE FROM review_city_setting WHERE city_code = '441300' AND program_code = 'smp-2024'").update();
	}

	@Test
	void huizhouPublishesItsGuideWithANamedListAndItsUnitsSeeIt() throws Exception {
		String listedCode = ApplicantApi.creditCode("441302", 40_500);
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "guide-huizhou-listed", listedCode, "441302");
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "guide-huizhou-other",
				ApplicantApi.creditCode("441302", 40_501), "441302");
		ProgramDefinition smp = this.programs.get("smp-2024");
		LocalDate opens = smp.windows().apply().opens().toLocalDate();
		LocalDate lastDay = this.deadlines.applyCloses(smp, null).toLocalDate().minusDays(5);
		Path list = namedList(listedCode);

		Page page = browser.open("http://localhost:" + this.port);
		logIn(page, "city-441300");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申报指南").setExact(true)).click();
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(smp.name()));
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("上传申报指南")).click();

		page.getByLabel("申报指南标题").fill(TITLE);
		page.getByLabel("正文").fill("<p>请于本市截止日期前在线填报。</p><script>alert('x')</script>");
		page.getByLabel("申报指南文件（PDF）").setInputFiles(PDF);
		page.getByLabel("开始日期").fill(opens.toString());
		page.getByLabel("截止日期", new Page.GetByLabelOptions().setExact(true)).fill(lastDay.toString());
		page.getByLabel("仅限名单内单位申报（名单制）").check();
		page.getByLabel("是否需要区县审核").selectOption("true");
		page.getByLabel("区县审核截止日期").fill(lastDay.plusDays(3).toString());
		page.getByLabel("发布（本市申报单位可见，申报时间与名单即生效）").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

		assertThat(page.getByText("申报指南已保存")).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible();
		assertThat(page.locator(".badge--ok")).hasText("已发布");
		page.getByLabel("名单文件（Excel）").setInputFiles(list);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按名单导入")).click();
		assertThat(page.getByText("已导入 1 家单位，原名单已替换")).isVisible();
		assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(listedCode))).isVisible();
		logOut(page);

		logIn(page, "guide-huizhou-listed");
		page.navigate("/programs");
		Locator program = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(smp.name()));
		assertThat(program).containsText("本市申报指南：" + TITLE);
		assertThat(program).containsText(lastDay + " 24:00");
		program.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("本市申报指南：" + TITLE)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible();
		assertThat(page.getByText("请于本市截止日期前在线填报。")).isVisible();
		Locator pdf = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载申报指南（business-licence.pdf）"));
		assertThat(pdf).isVisible();
		// the published guide's PDF is readable by the city's units (not only by the city that uploaded it)
		org.assertj.core.api.Assertions.assertThat(page.request().get(pdf.getAttribute("href")).status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报"))).isVisible();
		logOut(page);

		logIn(page, "guide-huizhou-other");
		page.navigate("/programs/smp-2024");
		assertThat(page.getByText("惠州市对《" + smp.name() + "》实行名单制申报")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报"))).hasCount(0);
		logOut(page);
	}

	private static Path namedList(String creditCode) throws Exception {
		Path file = Files.createTempFile("named-units", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("名单");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("企业名称");
			header.createCell(1).setCellValue("统一社会信用代码");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("guide-huizhou-listed 科技有限公司");
			row.createCell(1).setCellValue(creditCode);
			workbook.write(out);
		}
		return file;
	}


	private static void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

}
