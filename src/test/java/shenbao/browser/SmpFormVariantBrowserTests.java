package shenbao.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import shenbao.application.ApplicantApi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 广东省智能制造生态合作伙伴 (smp-2024) in a real browser, as the demo unit of 惠城区: picking the domain switches the
 * form to that domain's variant (附件2.1 / 2.2 / 2.3) at once, 直接认定 asks for the qualification and its evidence,
 * a sixth cluster tick is flagged next to the clusters and in the 表单助手, and the preview shows the variant only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SmpFormVariantBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@LocalServerPort
	int port;

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void theDomainPicksTheFormVariantAndASixthClusterIsFlagged() {
		Page page = browser.open("http://localhost:" + this.port);
		page.navigate("/login");
		page.getByLabel("用户名").fill("applicant-441302");
		page.getByLabel("密码").fill(ApplicantApi.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		page.waitForURL("**/workbench");

		page.navigate("/programs/smp-2024");
		page.getByLabel(Pattern.compile("我已阅读并知晓")).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报")).click();
		page.waitForURL(Pattern.compile(".*/applications/\\d+$"));

		// no domain yet: only the sections every variant shares
		assertThat(page.locator("#section-operations")).isHidden();
		assertThat(page.locator("#section-pilot_project")).isHidden();
		assertThat(page.locator("#section-future_plan")).isHidden();
		assertThat(page.locator("#section-service_capability")).isVisible();

		page.getByLabel("申报方式").selectOption(new SelectOption().setLabel("遴选加入"));
		page.getByLabel("申报领域（限勾选 1 项）").selectOption(new SelectOption().setLabel("智能制造试点示范"));
		assertThat(page.locator("#section-pilot_project")).isVisible();
		assertThat(page.locator("#section-operations")).isVisible();
		assertThat(page.locator("#section-future_plan")).isHidden();
		assertThat(page.getByLabel("行业代码")).isVisible();
		assertThat(page.locator("#form-helper")).containsText("试点示范项目情况");

		page.getByLabel("申报领域（限勾选 1 项）").selectOption(new SelectOption().setLabel("行业组织"));
		assertThat(page.locator("#section-future_plan")).isVisible();
		assertThat(page.locator("#section-pilot_project")).isHidden();
		assertThat(page.locator("#section-operations")).isHidden();
		assertThat(page.locator("#v-unit_kind")).isVisible();
		assertThat(page.locator("#form-helper")).containsText("未来服务计划");
		assertThat(page.locator("#form-helper")).not().containsText("试点示范项目情况");

		page.getByLabel("申报领域（限勾选 1 项）").selectOption(new SelectOption().setLabel("智能制造装备"));
		assertThat(page.locator("#section-operations")).isVisible();
		assertThat(page.locator("#section-business")).isVisible();
		assertThat(page.locator("#section-future_plan")).isHidden();
		assertThat(page.getByLabel("近三年平均主营业务收入")).isVisible();
		assertThat(page.locator("#v-unit_kind")).isHidden();
		assertThat(page.locator("#form-helper")).containsText("经营情况");
		assertThat(page.locator("#form-helper")).not().containsText("未来服务计划");

		// 直接认定: the qualification and its evidence appear
		assertThat(page.locator("#section-direct_recognition")).isHidden();
		page.getByLabel("申报方式").selectOption(new SelectOption().setLabel("直接认定"));
		assertThat(page.locator("#section-direct_recognition")).isVisible();
		assertThat(page.locator("#form-helper")).containsText("直接认定资质");

		// the reload keeps the chosen variant
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		page.reload();
		assertThat(page.locator("#section-direct_recognition")).isVisible();
		assertThat(page.locator("#section-operations")).isVisible();
		assertThat(page.locator("#section-pilot_project")).isHidden();

		for (String cluster : List.of("电子信息", "绿色石化", "智能家电", "汽车产业", "先进材料")) {
			page.getByLabel(cluster, new Page.GetByLabelOptions().setExact(true)).check();
		}
		assertThat(page.locator("#ticks-v-clusters")).containsText("已勾选 5 项（最多 5 项）");
		page.getByLabel("新能源", new Page.GetByLabelOptions().setExact(true)).check();
		assertThat(page.locator("#ticks-v-clusters")).containsText("最多勾选 5 项，现已勾选 6 项");
		assertThat(page.locator("#form-helper .form-helper__item", new Page.LocatorOptions().setHasText("基本情况"))
			.locator(".badge--error")).isVisible();
		page.getByLabel("汽车产业", new Page.GetByLabelOptions().setExact(true)).uncheck();
		assertThat(page.locator("#ticks-v-clusters")).containsText("已勾选 5 项（最多 5 项）");

		// the preview shows the chosen variant only
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一步：信息预览").setExact(true)).first().click();
		assertThat(page.locator("main")).containsText("经营情况");
		assertThat(page.locator("main")).containsText("直接认定资质");
		assertThat(page.locator("main")).not().containsText("未来服务计划");
		assertThat(page.locator("main")).not().containsText("试点示范项目情况");
	}

}
