package shenbao.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 企业管理 in a real browser: 武威市's reviewer finds the demo unit, opens its 企业画像 and gives it a tag in place
 * (htmx, no reload, no console error under the content security policy); the unit then sees the tag on its
 * workbench. Screenshots under target/screenshots, or {@code -Dshenbao.screenshots=docs/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnterpriseBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@LocalServerPort
	int port;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void aCityReviewerFindsAUnitTagsItInPlaceAndTheUnitSeesTheTag() {
		Page page = browser.open("http://localhost:" + this.port);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				errors.add(message.text());
			}
		});
		logIn(page, "city-620600");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("企业管理")).first().click();
		page.getByLabel("企业名称").fill("武威示范");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		assertThat(page.locator("#enterprises tbody tr")).hasCount(1);
		assertThat(page.locator("#enterprises")).containsText("凉州区");
		assertThat(page.locator("#enterprises")).containsText("通用设备制造业");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("enterprises-620600.png")));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看企业画像")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("武威示范科技有限公司"))).isVisible();
		String url = page.url();
		page.getByLabel("新增标签").fill("省级企业技术中心");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
		assertThat(page.locator("#unit-tags")).containsText("省级企业技术中心");
		// the swap replaced the tags alone: the rest of the portrait is still there, and each tag has its own button
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申报记录"))).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("移除标签“省级企业技术中心”")))
			.isVisible();
		assertThat(page.locator("#unit-tags")).containsText("专精特新");
		assertThat(page.url()).isEqualTo(url);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("enterprise-portrait.png")));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
		logIn(page, "applicant");
		assertThat(page.locator("#own-tags")).containsText("省级企业技术中心");
		assertThat(errors).isEmpty();
	}

	private static Path screenshots() {
		return Paths.get(System.getProperty("shenbao.screenshots", "target/screenshots"));
	}


}
