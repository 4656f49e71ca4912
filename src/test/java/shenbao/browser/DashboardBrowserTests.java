package shenbao.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static shenbao.browser.BrowserSession.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 数据看板 and the admin pages in a real browser: the charts draw (ECharts under the content security policy, no
 * console error), and the province's and a city's boards are saved as screenshots, under target/screenshots or the
 * directory named by {@code -Dshenbao.screenshots=docs/screenshots} (how the committed ones were made).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final AtomicLong UNITS = new AtomicLong(8_000_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void theProvinceAndACitySeeTheirChartsWithTheirTables() {
		seedApplications();
		Page page = browser.open("http://localhost:" + this.port);
		List<String> errors = new ArrayList<>();
		// a refused script or style (content security policy) is a console error; a missing file a failed response
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				errors.add(message.text());
			}
		});
		page.onResponse(response -> {
			if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
				errors.add(response.status() + " " + response.url());
			}
		});

		logIn(page, "province");
		page.navigate("/dashboard");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("甘肃省数据看板"))).isVisible();
		assertChartsDrawn(page);
		assertThat(page.locator("#by-region tbody tr")).hasCount(15);
		assertThat(page.locator("#quotas")).containsText("兰州市");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("dashboard-province.png")));

		logOut(page);
		logIn(page, "city-620600");
		page.navigate("/dashboard");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("武威市数据看板"))).isVisible();
		assertChartsDrawn(page);
		assertThat(page.locator("#by-region")).containsText("凉州区");
		assertThat(page.locator("#by-region")).not().containsText("城关区");
		assertThat(page.locator("#quotas tbody")).not().containsText("兰州市");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("dashboard-city-620600.png")));

		logOut(page);
		logIn(page, "countyadmin-620602");
		page.navigate("/admin/departments");
		page.getByLabel("新增科室名称").fill("技术创新股");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加科室")).click();
		assertThat(page.locator("[role=status]")).containsText("科室已添加");
		page.getByLabel("新增科室名称").fill("综合股");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加科室")).click();
		page.getByLabel("2026年甘肃省工业和信息化厅企业技术中心申报", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("2026年甘肃省工业和信息化厅行业技术中心申报", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("勾选的专题设为").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("技术创新股"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批量设置责任科室")).click();
		assertThat(page.locator("[role=status]")).containsText("责任科室已设置");
		assertThat(page.locator("#responsibilities tbody tr").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("2026年甘肃省工业和信息化厅企业技术中心申报")))
			.containsText("技术创新股");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("admin-departments-620602.png")));

		page.navigate("/admin/users");
		page.getByLabel("用户名").fill("liangzhou-browser");
		page.getByLabel("姓名或单位").fill("凉州区技术创新股经办");
		page.getByLabel("所属科室").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("技术创新股"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建用户")).click();
		assertThat(page.locator(".one-time-password")).containsText("用户 liangzhou-browser 已创建");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve("admin-users-620602.png")));

		assertThat(errors).as("console errors and failed requests").isEmpty();
	}

	/** ECharts marks each container it drew in and paints on a canvas inside it. */
	private static void assertChartsDrawn(Page page) {
		assertThat(page.locator(".chart[_echarts_instance_]")).hasCount(6);
		assertThat(page.locator(".chart canvas").first()).isVisible();
		assertThat(page.locator(".chart canvas").count()).isGreaterThanOrEqualTo(6);
	}

	private static Path screenshots() {
		return Paths.get(System.getProperty("shenbao.screenshots", "target/screenshots"));
	}


	private static void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
	}

	/** Applications spread over cities, programs and statuses, with self-scores, so that every chart has data. */
	private void seedApplications() {
		String[][] cities = { { "620100", "620105" }, { "620100", "620104" }, { "620600", "620623" },
				{ "620600", "620621" }, { "620600", "620622" }, { "620200", "620200" }, { "620500", "620502" },
				{ "621000", "621002" } };
		String[] programs = { "etc-2026", "itc-2026", "tide-2024", "alliance-2024" };
		String[] statuses = { "COUNTY_REVIEW", "CITY_REVIEW", "PROVINCE_REVIEW", "RETURNED", "CITY_REVIEW",
				"PROVINCE_REVIEW", "NOT_RECOMMENDED" };
		int n = 0;
		for (String[] city : cities) {
			for (String program : programs) {
				for (int i = 0; i < 2 + (n % 3); i++) {
					String status = statuses[(n + i) % statuses.length];
					long id = application(program, city[1], city[0], status, 38 + (n * 7 + i * 13) % 55);
					// places only where no other test recommends (taking 武威's would use up its quota)
					if ("PROVINCE_REVIEW".equals(status) && !program.startsWith("tide") && !program.startsWith("alliance")
							&& List.of("620200", "620500", "621000").contains(city[0])) {
						this.jdbc.sql("""
								INSERT INTO quota_place (application_id, program_code, city_code, taken_at)
								VALUES (:id, :program, :city, :now)
								""").param("id", id).param("program", program).param("city", city[0])
							.param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
					}
				}
				n++;
			}
		}
	}

	private long application(String program, String region, String city, String status, int selfScore) {
		long unit = UNITS.incrementAndGet();
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2026, :region, :city, :status, '{}', :scores, :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unit).param("name", "看板演示单位" + unit).param("program", program).param("region", region)
			.param("city", city).param("status", status).param("scores", "{\"total\": " + selfScore + "}")
			.param("now", now).query(Long.class).single();
	}

}
