package shenbao.identity;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.identity.TestHttp.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static shenbao.identity.TestHttp.location;

/** The applicant's 单位信息 page through real HTTP: post-redirect-get, field errors, and two people saving at once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnitProfilePageIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http;

	@BeforeEach
	void connect() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void anApplicantSavesTheProfileAndSeesItSaved() throws Exception {
		Registration unit = registerUnit();
		Browser browser = signedIn(unit);
		String page = browser.get("/profile").body();
		assertThat(page).contains("<h1>单位信息</h1>", "统一社会信用代码是单位的唯一标识，注册后不能修改");

		Map<String, String> form = form(version(page));
		HttpResponse<String> saved = browser.post("/profile", form);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(location(saved)).endsWith("/profile");
		String after = browser.get("/profile").body();
		assertThat(after).contains("已保存", "value=\"武威绿洲新材料股份有限公司\"",
				"<option value=\"620200\" selected=\"selected\">嘉峪关市</option>",
				"<option value=\"\">本市州不设县区</option>", "value=\"0937-6221234\"",
				"<option value=\"INSTITUTE\" selected=\"selected\">科研院所</option>");
		assertThat(browser.get("/profile").body()).as("the message is shown once").doesNotContain("已保存");
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM unit WHERE id = :id")
			.param("id", unit.unitId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "武威绿洲新材料股份有限公司")
			.containsEntry("unit_type", "INSTITUTE")
			.containsEntry("region_code", "620200")
			.containsEntry("contact_name", "赵强")
			.containsEntry("contact_phone", "0937-6221234");
	}

	@Test
	void whenSomeoneElseSavedFirstTheSecondSaveIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Registration unit = registerUnit();
		Browser first = signedIn(unit);
		Browser second = signedIn(unit);
		long version = version(first.get("/profile").body());
		assertThat(version(second.get("/profile").body())).isEqualTo(version);

		assertThat(first.post("/profile", form(version)).statusCode()).isEqualTo(302);
		Map<String, String> late = form(version);
		late.put("name", "第二个标签页填写的名称");
		HttpResponse<String> refused = second.post("/profile", late);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("单位信息已被他人修改，请刷新页面后重新填写", "value=\"第二个标签页填写的名称\"");
		assertThat(this.jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", unit.unitId())
			.query(String.class).single()).isEqualTo("武威绿洲新材料股份有限公司");
	}

	@Test
	void wrongFieldsAreShownAtEachFieldAndInTheSummary() throws Exception {
		Registration unit = registerUnit();
		Browser browser = signedIn(unit);
		Map<String, String> form = form(version(browser.get("/profile").body()));
		form.put("name", " ");
		form.put("cityCode", "620600");
		form.put("countyCode", "");
		form.put("contactPhone", "0937-622");

		HttpResponse<String> response = browser.post("/profile", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<a href=\"#name\">必须填写</a>",
				"<a href=\"#countyCode\">武威市下设县区，请选择所在县区</a>", "<a href=\"#contactPhone\">联系电话格式不正确",
				"value=\"0937-622\"", "<option value=\"620602\">凉州区</option>");
		assertThat(this.jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", unit.unitId())
			.query(String.class).single()).isEqualTo("武威绿洲新材料有限公司");
	}

	@Test
	void aReviewerHasNoUnitProfileAndAVisitorMustLogIn() throws Exception {
		Browser reviewer = this.http.browser();
		reviewer.logIn("city-620600", "Demo@2026");
		assertThat(reviewer.get("/profile").statusCode()).isEqualTo(404);
		assertThat(reviewer.get("/workbench").body()).doesNotContain("href=\"/profile\"");

		assertThat(location(this.http.browser().get("/profile"))).endsWith("/login");
	}

	private Registration registerUnit() {
		return this.registrations.register(new RegistrationRequest(NewUnits.creditCode(), "武威绿洲新材料有限公司",
				"ENTERPRISE", "620602", "王芳", "13993512345", NewUnits.username(), "Wuwei2026"));
	}

	private Browser signedIn(Registration unit) throws Exception {
		Browser browser = this.http.browser();
		assertThat(location(browser.logIn(unit.username(), "Wuwei2026"))).endsWith("/workbench");
		return browser;
	}

	private static long version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("the form carries the version").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static Map<String, String> form(long version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "武威绿洲新材料股份有限公司");
		form.put("type", "INSTITUTE");
		form.put("cityCode", "620200");
		form.put("countyCode", "");
		form.put("contactName", "赵强");
		form.put("contactPhone", "0937-6221234");
		form.put("version", String.valueOf(version));
		return form;
	}

}
