package shenbao.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * The whole review chain in a real browser with the demo accounts, in Chinese: the applicant submits its 企业技术中心
 * application (filled beforehand through the facade), 凉州区 recommends it, 武威市 returns it with a reason, the applicant
 * reads the reason, revises and resubmits, and it lands back at 武威市, which scores, submits its scores and
 * recommends; the province sees the city's scores, scores and approves. The city never sees the province's scores.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT) // the applicant journey's context: no extra connection pool
class ReviewChainBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final List<String> ETC_INDICATORS = List.of("rd_expense_per_capita", "rd_revenue_ratio_pct",
			"rd_staff_ratio_pct", "senior_phd_count", "valid_invention_patents", "achievements_filed_3y",
			"rd_equipment_value", "provincial_platforms", "accredited_labs", "patent_applications", "new_products_filed",
			"standards_3y", "new_product_sales_ratio_pct", "profit_margin_pct", "awards");

	private static final Path PDF = Paths.get("src/test/resources/document/business-licence.pdf");

	private static final String REASON = "研发费用专项审计报告页码不清晰，请重新上传并核对利润总额";

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void anApplicationTravelsCountyCityProvinceWithAReturnRoundTrip() throws Exception {
		long id = filledEtcApplication("applicant");
		String number = "ETC2026-" + String.format("%06d", id);
		String unit = this.jdbc.sql("SELECT unit_name FROM application WHERE id = :id").param("id", id)
			.query(String.class).single();
		Page page = browser.open("http://localhost:" + this.port);

		// the applicant submits
		logIn(page, "applicant");
		page.navigate("/applications/" + id + "/preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交")).click();
		assertThat(page.locator(".panel--success")).containsText("待县区审核");
		logOut(page);

		// 凉州区 opens it from 我的待办, previews a PDF inline and recommends it
		logIn(page, "county-620602");
		openFromTasks(page, unit, number);
		Locator preview = page.locator("details.slot__preview").first();
		preview.locator("summary").click();
		assertThat(preview.locator("iframe")).isVisible();
		APIResponse pdf = page.request().get(preview.locator("iframe").getAttribute("src"));
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).contains("application/pdf");
		page.getByLabel("意见（选填）").fill("材料齐全，同意推荐");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过，推荐至市州")).click();
		assertThat(page.locator(".alert--success")).containsText("已推荐，当前状态：待市州审核");
		assertThat(page.locator("#history")).containsText("材料齐全，同意推荐");
		logOut(page);

		// 武威市 returns it to the unit; without a reason the browser does not even send the form
		logIn(page, "city-620600");
		openFromTasks(page, unit, number);
		Locator returnForm = page.locator("#decision-RETURN");
		returnForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("退回")).click();
		assertThat(page.locator("#status")).hasText("待市州审核");
		returnForm.getByLabel("申报单位（修改后重新提交）").check();
		returnForm.getByLabel("原因（必填）").fill(REASON);
		returnForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("退回")).click();
		assertThat(page.locator(".alert--success")).containsText("已退回");
		assertThat(page.locator("#status")).hasText("已退回，待修改后重新提交");
		logOut(page);

		// the applicant reads the reason, revises and resubmits: it goes back to the city
		logIn(page, "applicant");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的项目")).first().click();
		Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(number)));
		assertThat(row).containsText("已退回");
		assertThat(page.locator("main")).containsText(REASON);
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("继续填写")).click();
		// the server's HTML shows before the deferred scripts run; typing earlier reaches no autosave (a loaded
		// machine made this test fail now and then)
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("main")).containsText("本申报已被退回");
		assertThat(page.locator("main")).containsText(REASON);
		page.locator("#v-profit").fill("2300");
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一步：信息预览").setExact(true)).first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交")).click();
		assertThat(page.locator(".panel--success")).containsText("待市州审核");
		logOut(page);

		// 武威市 scores (暂存, then 提交评分 locks) and recommends within its quota
		logIn(page, "city-620600");
		openFromTasks(page, unit, number);
		assertThat(page.locator("#history")).containsText(REASON);
		assertThat(page.locator("#scores")).containsText("研发人员人均研发经费支出");
		assertThat(page.locator("#scores")).containsText("建议得分");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("推荐至省级")).click();
		assertThat(page.locator("[role=alert]").first()).containsText("请先提交市州评分，再推荐");
		page.locator("#score-rd_expense_per_capita").fill("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("暂存")).click();
		assertThat(page.locator("#own-score-state")).containsText("已暂存");
		for (String key : ETC_INDICATORS) {
			page.locator("#score-" + key).fill("3");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评分")).click();
		assertThat(page.locator("#own-score-state")).containsText("市州评分已提交并锁定，合计 45 分");
		assertThat(page.locator("#score-rd_expense_per_capita")).hasCount(0);
		page.locator("#decision-RECOMMEND").getByLabel("意见（选填）").fill("同意推荐");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("推荐至省级")).click();
		assertThat(page.locator(".alert--success")).containsText("已推荐，当前状态：待省级审核");
		assertThat(page.locator(".quota-counter")).containsText("名额 5");
		logOut(page);

		// the province sees the city's scores, scores itself and approves
		logIn(page, "province");
		openFromTasks(page, unit, number);
		assertThat(page.locator("#scores thead")).containsText("市州评分");
		for (String key : ETC_INDICATORS) {
			page.locator("#score-" + key).fill("2");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评分")).click();
		assertThat(page.locator("#own-score-state")).containsText("省级评分已提交并锁定，合计 30 分");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(page.locator(".alert--success")).containsText("已审核通过，当前状态：专家评审中");
		logOut(page);

		// the city reads its own scores but never the province's
		logIn(page, "city-620600");
		page.navigate("/review/applications/" + id);
		assertThat(page.locator("#scores")).containsText("市州评分");
		assertThat(page.locator("main")).not().containsText("省级评分");
		assertThat(page.locator("#status")).hasText("专家评审中");
	}

	/** The applicant's etc-2026 application with every field, pledge and evidence slot filled, not yet submitted. */
	private long filledEtcApplication(String username) throws Exception {
		Caller applicant = this.jdbc.sql("SELECT id, username, display_name, role, region_code, unit_id FROM account "
				+ "WHERE username = :name")
			.param("name", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"), rs.getLong("unit_id")))
			.single();
		ApplicationView view = this.applications.start(applicant, "etc-2026");
		Map<String, Object> values = new HashMap<>(Map.of("unit_name", "测试企业", "rd_expense", 1200, "main_revenue",
				30000, "sales_revenue", 32000, "employees", 800, "rd_staff", 120, "new_products_year", 8,
				"rd_equipment_value", 760, "new_product_sales", 9000, "profit", 2100));
		values.putAll(Map.of("senior_phd_count", 4, "valid_invention_patents", 7, "achievements_filed_3y", 3,
				"provincial_platforms", 2, "accredited_labs", 1, "patent_applications", Map.of("invention", 1),
				"new_products_filed", 6, "standards_3y", Map.of("enterprise", 1), "notice_acknowledged", true,
				"truthfulness_pledge", true));
		this.applications.save(applicant, view.id(), values, Map.of(), view.version(), false);
		for (String slot : List.of("rd_expense_proof", "rd_staff_proof", "senior_phd_proof", "invention_patents_proof",
				"achievements_proof", "rd_equipment_proof", "platforms_proof", "labs_proof", "patent_applications_proof",
				"new_products_filed_proof", "new_products_year_proof", "standards_proof", "finance_proof",
				"annual_summary")) {
			try (InputStream pdf = Files.newInputStream(PDF)) {
				this.applications.attach(applicant, view.id(), slot, pdf, slot + ".pdf");
			}
		}
		return view.id();
	}

	/** 我的待办 from the menu, the unit found with the name filter, its row's 办理. */
	private static void openFromTasks(Page page, String unit, String number) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的待办").setExact(true)).first().click();
		page.getByLabel("申报单位名称").fill(unit);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(number)))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("办理"))
			.click();
		assertThat(page.locator(".lead")).containsText(number);
	}


	private static void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

}
