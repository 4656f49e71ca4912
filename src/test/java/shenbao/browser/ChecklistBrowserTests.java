package shenbao.browser;

import java.nio.file.Paths;
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

import shenbao.application.ApplicantApi;
import shenbao.review.ChecklistFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * The 核查清单 of a 技术创新示范企业 application in a real browser (issue 8 point 4): 凉州区's reviewer is refused a
 * recommendation while items are open, confirms all twenty-two items one by one (each saved through htmx, the
 * progress line following), recommends, and 武威市 then reads 凉州区's confirmations beside its own column. The
 * confirmed list is saved as a screenshot (target/screenshots, or {@code -Dshenbao.screenshots=docs/screenshots}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT) // the other browser tests' context
class ChecklistBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void theCountyConfirmsEveryItemAndThenRecommends() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		Page page = browser.open("http://localhost:" + this.port);
		logIn(page, "county-620602");
		page.navigate("/review/applications/" + id);
		Locator checklist = page.locator("#checklist");
		assertThat(checklist).containsText("核查清单（基本要求）");
		assertThat(page.locator("#checklist-progress")).hasText("县区还有 22 项未确认（共 22 项）。");

		recommend(page);
		assertThat(page.locator("[role=alert]").first()).containsText("核查清单还有 22 项未确认");
		page.waitForLoadState(); // htmx starts once the page has loaded

		for (String key : ChecklistFixtures.ITEMS) {
			Locator row = page.locator("#check-" + key);
			boolean other = key.equals("national_awards") || key.equals("cash_flow_gap");
			// the rule's reading stands beside each item: every indicator met but the two 其他
			assertThat(row).containsText(other ? "不符合" : "符合");
			row.getByLabel(other ? "不达标" : "确认达标").check();
			if (other) {
				row.getByRole(AriaRole.TEXTBOX).fill("未达到基本要求");
			}
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
			assertThat(page.locator("#check-" + key)).containsText("核查结论已保存");
		}
		assertThat(page.locator("#checklist-progress")).hasText("县区已全部确认（共 22 项）。");
		checklist.screenshot(new Locator.ScreenshotOptions().setPath(
				Paths.get(System.getProperty("shenbao.screenshots", "target/screenshots"), "checklist-county-620602.png")));
		// every save went through htmx: the page never reloaded, so the refusal is still there and no flash notice
		assertThat(page.locator(".alert--success")).hasCount(0);
		assertThat(page.locator(".alert--error")).containsText("核查清单还有 22 项未确认");

		recommend(page);
		assertThat(page.locator(".alert--success")).containsText("已推荐，当前状态：待市州审核");
		assertThat(page.locator("#check-cash_flow_gap")).containsText("未达到基本要求");
		logOut(page);

		logIn(page, "city-620600");
		page.navigate("/review/applications/" + id);
		assertThat(page.locator("#checklist thead")).containsText("县区确认");
		assertThat(page.locator("#checklist thead")).containsText("市州确认");
		assertThat(page.locator("#check-national_awards")).containsText("不达标");
		assertThat(page.locator("#checklist-progress")).hasText(Pattern.compile("市州还有 22 项未确认"));
		logOut(page);
	}

	private static void recommend(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过，推荐至市州")).click();
	}


	private static void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

}
