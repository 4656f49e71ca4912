package shenbao.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;

/**
 * On a phone (390 CSS pixels wide) no page scrolls sideways as a whole: wide tables and charts scroll inside their
 * own box, the header wraps. Found by a fresh-eyes pass: the dashboard was 884 pixels wide, 我的待办 and the guides
 * some 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NarrowScreenBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@LocalServerPort
	int port;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void noPageIsWiderThanAPhone() {
		Page page = browser.open("http://localhost:" + this.port);
		page.setViewportSize(390, 844);
		Map<String, Integer> tooWide = new LinkedHashMap<>();
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("province", new String[] { "/dashboard", "/review", "/enterprises", "/exports", "/deadlines" });
		pages.put("city-441300", new String[] { "/guides", "/review", "/dashboard" });
		pages.put("applicant", new String[] { "/programs", "/challenge/tasks", "/my/applications", "/alliances" });
		for (Map.Entry<String, String[]> account : pages.entrySet()) {
			page.context().clearCookies();
			logIn(page, account.getKey());
			for (String path : account.getValue()) {
				page.navigate(path);
				page.waitForLoadState();
				int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
				if (width > 390) {
					tooWide.put(account.getKey() + " " + path, width);
				}
			}
		}
		assertThat(tooWide).isEmpty();
	}

}
