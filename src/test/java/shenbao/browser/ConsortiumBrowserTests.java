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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * Issue 8's 揭榜挂帅 path in a real browser, through its distinctive step, the consortium confirmation: the lead takes
 * up a task of the published 榜单 (the form opens with the task filled in), names a participant; the participant
 * signs in with its own account, finds the invitation in 联合体确认 and in its 消息列表, confirms; the lead sees the
 * participant confirmed. A screenshot of the confirmation page goes to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsortiumBrowserTests {

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
	Applications applications;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void aParticipantConfirmsFromItsOwnAccountAndTheLeadSeesIt() {
		String leadCode = ApplicantApi.creditCode("620602", 50_901);
		String partnerCode = ApplicantApi.creditCode("620602", 50_902);
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "jbgs-browser-lead", leadCode, "620602");
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "jbgs-browser-partner", partnerCode, "620602");
		Page page = browser.open("http://localhost:" + this.port);

		logIn(page, "jbgs-browser-lead");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("揭榜挂帅").setExact(true)).click();
		assertThat(page.locator("#scheme-validity")).containsText("至2028年2月17日止");
		Locator task = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("煤化工高盐废水近零排放示范")));
		task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("申请揭榜")).click();
		page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
		long id = Long.parseLong(page.url().replaceAll(".*/applications/", ""));
		assertThat(page.getByLabel("榜单任务编号")).hasValue("JBGS2025-02");
		assertThat(page.getByLabel("揭榜任务名称")).hasValue("煤化工高盐废水近零排放示范");

		// the participants are a table of the form; named here through the same facade the form saves with
		Caller lead = caller("jbgs-browser-lead");
		ApplicationView draft = this.applications.get(lead, id);
		this.applications.save(lead, id, Map.of("participants", List.of(Map.of("name", "浏览器伙伴研究院",
				"credit_code", partnerCode, "unit_type", "科研院所", "role", "工艺验证"))), Map.of(), draft.version(), false);
		page.navigate("/challenge/tasks");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("联合体确认情况")).click();
		assertThat(page.locator(".participant-status")).containsText("待确认");
		logOut(page);

		logIn(page, "jbgs-browser-partner");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("消息列表")).click();
		assertThat(page.locator("body")).containsText("将本单位列为联合体参与单位");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("联合体确认").setExact(true)).click();
		Locator invitation = page.locator("tr[data-application='" + id + "']");
		assertThat(invitation).containsText("jbgs-browser-lead 科技有限公司");
		assertThat(invitation.locator(".confirmation-status")).hasText("待确认");
		invitation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认参加")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已确认参加联合体");
		assertThat(page.locator("tr[data-application='" + id + "'] .confirmation-status")).hasText("已确认");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS.resolve("challenge-confirmations.png")));
		logOut(page);

		logIn(page, "jbgs-browser-lead");
		page.navigate("/challenge/consortia/" + id);
		assertThat(page.locator(".participant-status")).containsText("已确认");
	}

	private Caller caller(String username) {
		return this.jdbc.sql("SELECT id, username, display_name, region_code, unit_id FROM account WHERE username = :u")
			.param("u", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.APPLICANT, rs.getString("region_code"), rs.getLong("unit_id")))
			.single();
	}


	private static void logOut(Page page) {
		page.navigate("/workbench");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

}
