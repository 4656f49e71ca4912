package shenbao.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The applicant's main journey in a real browser, in Chinese: register (a wrong credit code first), open the
 * 企业技术中心 form, fill it, reload half-way and find everything, upload the evidence and watch the 表单助手 counts
 * fall to zero, preview, submit, and see the status in 我的项目 and 消息列表.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicantJourneyBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final Path PDF = Paths.get("src/test/resources/document/business-licence.pdf");

	@LocalServerPort
	int port;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void aNewUnitRegistersFillsTheFormAndSubmits() {
		Page page = browser.open("http://localhost:" + this.port);

		page.navigate("/register");
		page.getByLabel("统一社会信用代码").fill("91620602MA7BRW012Y");
		assertThat(page.locator("#creditCode-error")).containsText("校验位");
		fillRegistration(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();
		assertThat(page.locator(".error-summary, [role=alert]").first()).containsText("统一社会信用代码");
		assertThat(page.getByLabel("单位名称")).hasValue("浏览器测试科技有限公司");

		page.getByLabel("统一社会信用代码").fill("91620602MA7BRW012X");
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Browser2026");
		page.getByLabel("确认密码").fill("Browser2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();
		page.waitForURL("**/profile");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要申报")).click();
		page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("2026年甘肃省工业和信息化厅企业技术中心")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("去申报"))
			.click();
		page.locator("#check-sales_revenue").fill("-100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查是否符合申报条件")).click();
		assertThat(page.locator("#check-results")).containsText("年销售收入：不能为负数");
		page.locator("#check-sales_revenue").fill("");
		page.locator("#check-rd_expense").fill("150");
		page.locator("#check-main_revenue").fill("10000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查是否符合申报条件")).click();
		assertThat(page.locator("#check-results")).containsText("不符合：年度研究与试验发展经费支出额不低于200万元");
		assertThat(page.locator("#check-results .check--failed")).not().hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报")).click();
		assertThat(page.locator(".field-error").first()).containsText("我已阅读并知晓");
		page.getByLabel(Pattern.compile("我已阅读并知晓")).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报")).click();
		page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
		assertThat(page.getByLabel("申报单位名称")).hasValue("浏览器测试科技有限公司");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载模板"))).hasCount(6);
		com.microsoft.playwright.APIResponse template = page.request()
			.get(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载模板")).first().getAttribute("href"));
		org.assertj.core.api.Assertions.assertThat(template.ok()).isTrue();
		org.assertj.core.api.Assertions.assertThat(template.text()).contains("姓名");

		fill(page, Map.of("main_revenue", "30000", "sales_revenue", "32000", "employees", "800", "rd_expense", "1200",
				"rd_staff", "120"));
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		assertThat(page.locator("#suggest-rd_revenue_ratio_pct")).containsText("建议得分 5 分");
		page.locator("#s-rd_revenue_ratio_pct").fill("6");
		assertThat(page.locator("#suggest-rd_revenue_ratio_pct")).containsText("不一致");

		page.reload();
		assertThat(page.locator("#v-rd_expense")).hasValue("1200");
		assertThat(page.locator("#s-rd_revenue_ratio_pct")).hasValue("6");

		// a second tab saves first; this tab is told, keeps its own figure, and nothing is lost
		Page other = page.context().newPage();
		other.navigate(page.url());
		other.locator("#v-profit").fill("1500");
		assertThat(other.locator("#save-status")).containsText("已自动保存");
		other.close();
		page.locator("#v-profit").fill("2100");
		assertThat(page.locator("#save-status")).containsText("内容已在其他窗口或由他人修改");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保留本页内容并覆盖")).click();
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		page.reload();
		assertThat(page.locator("#v-profit")).hasValue("2100");

		fill(page, Map.of("senior_phd_count", "4", "valid_invention_patents", "7", "achievements_filed_3y", "3",
				"rd_equipment_value", "760", "provincial_platforms", "2", "accredited_labs", "1", "new_products_filed",
				"6", "new_products_year", "8", "new_product_sales", "9000", "profit", "2100"));
		page.locator("#v-patent_applications-invention").fill("1");
		page.locator("#v-standards_3y-enterprise").fill("2");
		page.getByLabel(Pattern.compile("我已阅读并知晓申报通知")).check();
		page.getByLabel(Pattern.compile("本单位承诺所填信息")).check();
		assertThat(page.locator("#save-status")).containsText("已自动保存");

		for (String slot : List.of("rd_expense_proof", "rd_staff_proof", "senior_phd_proof", "invention_patents_proof",
				"achievements_proof", "rd_equipment_proof", "platforms_proof", "labs_proof", "patent_applications_proof",
				"new_products_filed_proof", "new_products_year_proof", "standards_proof", "finance_proof",
				"annual_summary")) {
			page.locator("#file-" + slot).setInputFiles(PDF);
			assertThat(page.locator("#slot-" + slot)).containsText("business-licence.pdf");
		}
		assertThat(page.locator("#form-helper")).containsText("全部校验已通过");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一步：信息预览").setExact(true)).first().click();
		assertThat(page.locator("body")).containsText("business-licence.pdf");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交")).click();
		assertThat(page.locator(".panel--success")).containsText("申报已提交");
		assertThat(page.locator(".panel--success")).containsText("待县区审核");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的项目")).first().click();
		assertThat(page.locator("table")).containsText("待县区审核");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("消息列表")).click();
		assertThat(page.locator(".message-list")).containsText("已提交");
	}

	private static void fillRegistration(Page page) {
		page.getByLabel("单位名称").fill("浏览器测试科技有限公司");
		page.getByLabel("单位类型").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("企业"));
		page.getByLabel("所在市州").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("武威市"));
		page.getByLabel("所在县区").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("凉州区"));
		page.getByLabel("联系人").fill("赵六");
		page.getByLabel("联系电话").fill("13912345678");
		page.getByLabel("用户名").fill("browser-unit");
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Browser2026");
		page.getByLabel("确认密码").fill("Browser2026");
	}

	private static void fill(Page page, Map<String, String> values) {
		values.forEach((key, value) -> page.locator("#v-" + key).fill(value));
	}

}
