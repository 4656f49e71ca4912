package shenbao.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium driven by Playwright, headless, never downloading a browser (STACK-NOTES). A failing test leaves
 * a screenshot of the page under target/browser-failures.
 */
public final class BrowserSession implements AutoCloseable, AfterTestExecutionCallback {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	public Page open(String baseUrl) {
		if (this.page == null) {
			this.playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--no-first-run")));
			this.context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
				.setLocale("zh-CN")
				.setTimezoneId("Asia/Shanghai")
				.setViewportSize(1280, 900));
			this.context.setDefaultTimeout(15_000);
			// assertions wait as long as actions: on a loaded machine an autosave can take more than the 5 s default
			com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
			this.page = this.context.newPage();
		}
		return this.page;
	}

	/** Signs a demo account in through the login page (password {@code Demo@2026}) and waits for the workbench. */
	public static void logIn(Page page, String username) {
		page.navigate("/login");
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill("Demo@2026");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("登录")).click();
		page.waitForURL("**/workbench");
	}

	public Page page() {
		return this.page;
	}

	@Override
	public void afterTestExecution(ExtensionContext extension) throws Exception {
		if (extension.getExecutionException().isPresent() && this.page != null) {
			Path directory = Paths.get("target", "browser-failures");
			Files.createDirectories(directory);
			this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(directory.resolve(extension.getDisplayName().replaceAll("[^A-Za-z0-9]", "_") + ".png")));
		}
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
		this.page = null;
	}

}
