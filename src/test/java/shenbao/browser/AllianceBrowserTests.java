package shenbao.browser;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.alliance.AllianceFixtures;
import shenbao.application.ApplicantApi;
import shenbao.application.Applications;
import shenbao.identity.Caller;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * Issue 8 point 2, the alliance's distinctive step in a real browser: the demo applicant, lead unit of a recognised
 * alliance, finds last year's assessment in 产业联盟, opens this year's 年度考核, writes the five parts of the 年度工作总结
 * (004 附件4), submits, and the province finds the new year in the alliance's history.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AllianceBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	/** The five parts of 004 附件4, by their field in the form (the headings are checked on the page). */
	private static final Map<String, String> SUMMARY = Map.of(
			"summary_lead_unit", "牵头单位经营稳健，研发投入持续增长。",
			"summary_work", "开展镍钴新材料共性关键技术联合攻关两项。",
			"summary_results", "解决行业共性难题两个，参与制定团体标准一项。",
			"summary_next_year", "建设联盟中试平台，推动成果省内转化。",
			"summary_problems", "中试资金不足，建议加大平台建设支持。");

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
	void theLeadUnitFilesTheAnnualSummaryAndTheProvinceSeesTheYear() {
		Page page = browser.open("http://localhost:" + this.port);
		logIn(page, "applicant");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("产业联盟")).click();
		assertThat(page.locator("#alliances")).containsText("武威市新材料产业技术创新联盟");
		assertThat(page.locator("#alliances")).containsText("考核合格");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要申报")).click();
		page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("2026年甘肃省产业技术创新联盟年度考核")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("去申报"))
			.click();
		page.getByLabel(Pattern.compile("我已阅读并知晓")).first().check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报")).click();
		page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
		long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
		// the form opens with what the register knows
		assertThat(page.locator("#v-alliance_name")).hasValue("武威市新材料产业技术创新联盟");
		assertThat(page.locator("#v-lead_unit")).hasValue("武威示范科技有限公司");

		// the figures and evidence of 附件3 are the generic form's business (tested elsewhere): filled behind the page
		Caller lead = AllianceFixtures.caller(this.jdbc, "applicant");
		var view = this.applications.get(lead, id);
		this.applications.save(lead, id, AllianceFixtures.assessmentFigures("武威市新材料产业技术创新联盟"), Map.of(),
				view.version(), false);
		for (String slot : java.util.List.of("rd_investment_proof", "annual_summary")) {
			this.applications.attach(lead, id, slot, new java.io.ByteArrayInputStream(ApplicantApi.pdf(2_000)),
					slot + ".pdf");
		}
		page.reload();

		assertThat(page.locator("#form-helper")).not().containsText("全部校验已通过");
		for (String heading : java.util.List.of("一、产业联盟牵头单位情况", "二、当年工作开展情况", "三、取得的工作成效",
				"四、下一年度工作计划", "五、存在的主要困难问题及有关意见建议")) {
			assertThat(page.getByText(heading, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
		}
		SUMMARY.forEach((key, text) -> page.locator("#v-" + key).fill(text));
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		assertThat(page.locator("#form-helper")).containsText("全部校验已通过");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一步：信息预览").setExact(true)).first().click();
		assertThat(page.locator("body")).containsText("中试资金不足，建议加大平台建设支持。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交")).click();
		assertThat(page.locator(".panel--success")).containsText("申报已提交");
		logOut(page);

		logIn(page, "province");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("产业联盟")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("武威市新材料产业技术创新联盟")).click();
		assertThat(page.locator("#year-2025")).containsText("考核合格");
		Locator year = page.locator("#year-2026");
		assertThat(year).containsText("2026年度 考核");
		assertThat(year).containsText("待县区审核");
		SUMMARY.values().forEach(text -> assertThat(year).containsText(text));
	}


	private static void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

}
