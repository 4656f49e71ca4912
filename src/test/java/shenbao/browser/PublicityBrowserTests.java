package shenbao.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * Issue 7's 公示 journey in a real browser: the province publishes a policy and a 公示 of two units in expert review;
 * a visitor finds it from the portal's home and files an objection (refused first without a real name); the
 * province sees who objected, upholds it, is refused finalising while the window is open, finalises once it has
 * closed, and the 认定名单 shows only the unit left. Screenshots of the home and the 公示 page go to
 * target/screenshots (copied to docs/screenshots for the README).
 */
@Import(MovableTime.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicityBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void theProvincePublishesAVisitorObjectsTheProvinceUpholdsItAndTheFinalListShows() {
		unitInExpertReview("浏览器甲科技有限公司", 8101);
		unitInExpertReview("浏览器乙科技有限公司", 8102);
		Page page = browser.open("http://localhost:" + this.port);

		logIn(page, "province");
		page.navigate("/portal/admin");
		page.locator("#items-POLICY").getByRole(AriaRole.LINK).first().click();
		page.getByLabel("标题").fill("甘肃省工业和信息化厅企业技术中心认定管理办法");
		page.getByLabel("正文").fill("<p>第一条 为规范企业技术中心认定工作……</p><script>alert(1)</script>");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并发布")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存并发布");

		page.navigate("/portal/admin");
		page.getByLabel("专题").selectOption("etc-2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布公示")).click();
		page.getByLabel(Pattern.compile("浏览器甲科技有限公司")).check();
		page.getByLabel(Pattern.compile("浏览器乙科技有限公司")).check();
		page.getByLabel("标题").fill("2026年甘肃省工业和信息化厅企业技术中心拟认定名单公示");
		page.getByLabel("正文").fill("<p>经企业申报、市州推荐、专家评审，拟认定以下单位为省级企业技术中心，现予公示。</p>");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布公示")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("公示已发布");
		String adminPage = page.url();
		logOut(page);

		page.navigate("/");
		screenshot(page, "portal-home.png");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2026年甘肃省工业和信息化厅企业技术中心拟认定名单公示"))
			.first()
			.click();
		assertThat(page.locator("#publicity-list")).containsText("浏览器甲科技有限公司");
		page.getByLabel("异议对象").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("浏览器甲科技有限公司"));
		page.getByLabel("联系电话").fill("13912345678");
		page.getByLabel("异议内容").fill("该单位申报的研发人员数量与社保缴纳记录不符。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交异议")).click();
		assertThat(page.locator(".error-summary")).containsText("匿名异议不予受理");
		assertThat(page.getByLabel("异议内容")).hasValue("该单位申报的研发人员数量与社保缴纳记录不符。");
		page.getByLabel("真实姓名或单位名称").fill("欧阳明");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交异议")).click();
		assertThat(page.locator("#objection [role=status]")).containsText("异议已受理");
		assertThat(page.locator("#public-objections")).containsText("处理中");
		assertThat(page.locator("body")).not().containsText("欧阳明");
		screenshot(page, "portal-publicity.png");

		logIn(page, "province");
		page.navigate(adminPage);
		assertThat(page.locator("main")).containsText("欧阳明");
		assertThat(page.locator("main")).containsText("13912345678");
		page.getByLabel("异议成立").check();
		page.getByLabel("处理意见（理由）").fill("经核实，该单位研发人员数量不符合申报条件。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答复")).click();
		assertThat(page.locator("main")).containsText("异议成立，已移出名单");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布认定名单")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("公示期尚未结束");

		this.clock.advance(Duration.ofDays(6));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布认定名单")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("认定名单已发布");
		logOut(page);

		page.navigate("/portal/results");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("认定名单$"))).first().click();
		assertThat(page.locator("#final-list")).containsText("浏览器乙科技有限公司");
		assertThat(page.locator("#final-list")).not().containsText("浏览器甲科技有限公司");
	}

	private void unitInExpertReview(String name, int number) {
		String username = "browser-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode("620602", number),
				"620602");
		long unit = this.jdbc.sql("SELECT unit_id FROM account WHERE username = :name").param("name", username)
			.query(Long.class).single();
		var now = Instant.now().atOffset(java.time.ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, 'etc-2026', 1, 2026, '620602', '620600', 'EXPERT_REVIEW', '{}', '{}', :now, :now,
				    :now, 1)
				""").param("unit", unit).param("name", name).param("now", now).update();
	}


	private static void logOut(Page page) {
		page.navigate("/workbench");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
	}

}
