package shenbao.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * The 注册 page through real HTTP, as a browser without JavaScript sends it, plus the two htmx endpoints it uses
 * (the credit-code check and the county options).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistrationPageIntegrationTests {

	/** The demo applicant's code (SPEC §11), registered at startup. */
	private static final String DEMO_CREDIT_CODE = "91620602MA72B3C49J";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http;

	@BeforeEach
	void connect() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void theHomeAndLoginPagesLeadToARegistrationPageAnyoneMayOpen() throws Exception {
		Browser browser = this.http.browser();
		assertThat(browser.get("/").body()).contains("href=\"/register\"", "申报单位注册");
		assertThat(browser.get("/login").body()).contains("href=\"/register\"", "还没有账户？");

		HttpResponse<String> page = browser.get("/register");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>申报单位注册</h1>", ">统一社会信用代码</label>", ">单位名称</label>",
				">单位类型</label>", ">所在市州</label>", ">所在县区</label>", ">联系人</label>", ">联系电话</label>",
				">用户名</label>", ">密码</label>", ">确认密码</label>", "<option value=\"UNIVERSITY\">高等院校</option>",
				"<option value=\"\">请先选择市州</option>", "hx-get=\"/register/credit-code\"",
				"hx-get=\"/regions/counties\"", "href=\"/login\"");
		assertThat(page.body().indexOf("label=\"甘肃省\"")).as("the deployment's province comes first")
			.isPositive()
			.isLessThan(page.body().indexOf("label=\"广东省\""));
		assertThat(page.body()).doesNotContain("error-summary");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).doesNotContain("unsafe-inline"));
	}

	@Test
	void aWrongCreditCodeIsShownInChineseAtTheFieldAndInTheSummaryAndEverythingTypedIsKept() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("creditCode", "91620602MA72B3C49K");

		HttpResponse<String> response = browser.post("/register", form);

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("提交的内容有以下问题",
				"<a href=\"#creditCode\">统一社会信用代码校验位（第 18 位）错误，请核对</a>",
				"form__message--error\" aria-live=\"polite\">统一社会信用代码校验位（第 18 位）错误，请核对</p>");
		assertThat(body).contains("value=\"91620602MA72B3C49K\"", "value=\"武威绿洲新材料有限公司\"",
				"<option value=\"ENTERPRISE\" selected=\"selected\">企业</option>",
				"<option value=\"620600\" selected=\"selected\">武威市</option>",
				"<option value=\"620602\" selected=\"selected\">凉州区</option>", "value=\"王芳\"",
				"value=\"13993512345\"", "value=\"" + form.get("username") + "\"");
		assertThat(count("unit WHERE name = '武威绿洲新材料有限公司' AND credit_code = '91620602MA72B3C49K'")).isZero();
	}

	@Test
	void theCreditCodeIsCheckedAsItIsTyped() throws Exception {
		assertThat(checkCreditCode("9162060200")).contains("form__message--hint", "已输入 10 位，统一社会信用代码共 18 位")
			.doesNotContain("<html");
		assertThat(checkCreditCode("91620602MA72B3C4IJ")).contains("form__message--error",
				"统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）");
		assertThat(checkCreditCode("91620602MA72B3C49JJ")).contains("统一社会信用代码应为 18 位");
		assertThat(checkCreditCode(DEMO_CREDIT_CODE.toLowerCase())).contains("该统一社会信用代码已注册");
		assertThat(checkCreditCode(NewUnits.creditCode())).contains("form__message--ok", "统一社会信用代码校验通过");
		assertThat(checkCreditCode("")).contains("id=\"creditCode-error\"").doesNotContain("form__message--");
	}

	@Test
	void choosingACityListsItsCountiesAndACityWithoutCountiesSaysSo() throws Exception {
		HttpResponse<String> wuwei = this.http.send(
				HttpRequest.newBuilder(this.http.uri("/regions/counties?cityCode=620600")).header("HX-Request", "true"));

		assertThat(wuwei.statusCode()).isEqualTo(200);
		assertThat(wuwei.body()).contains("<option value=\"\">请选择县区</option>",
				"<option value=\"620602\">凉州区</option>", "<option value=\"620623\">天祝藏族自治县</option>")
			.doesNotContain("<html", "城关区");
		assertThat(this.http.send(HttpRequest.newBuilder(this.http.uri("/regions/counties?cityCode=620200"))).body())
			.contains("<option value=\"\">本市州不设县区</option>")
			.doesNotContain("value=\"6202");
	}

	@Test
	void withoutJavaScriptACityIsSentFirstAndThePageComesBackWithItsCounties() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("countyCode", "");

		HttpResponse<String> first = browser.post("/register", form);

		assertThat(first.body()).contains("<a href=\"#countyCode\">武威市下设县区，请选择所在县区</a>",
				"<option value=\"620602\">凉州区</option>");
		form.put("countyCode", "620602");
		HttpResponse<String> second = browser.post("/register", form);
		assertThat(location(second)).endsWith("/profile");
	}

	@Test
	void aCountyLeftOverFromAnotherCityIsRefused() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("cityCode", "620100");

		HttpResponse<String> response = browser.post("/register", form);

		assertThat(response.body()).contains("<a href=\"#countyCode\">所选县区不属于所选市州，请重新选择</a>",
				"<option value=\"620102\">城关区</option>");
		assertThat(count("account WHERE username = '" + form.get("username") + "'")).isZero();
	}

	@Test
	void mismatchedPasswordsAreShownTogetherWithTheOtherProblemsInPageOrder() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("contactPhone", "8929212");
		form.put("confirmPassword", "Other2026");

		String body = browser.post("/register", form).body();

		assertThat(body).contains("两次输入的密码不一致", "联系电话格式不正确");
		assertThat(body.indexOf("<a href=\"#contactPhone\">")).isPositive()
			.isLessThan(body.indexOf("<a href=\"#confirmPassword\">"));
		assertThat(count("account WHERE username = '" + form.get("username") + "'")).isZero();
	}

	@Test
	void anAlreadyRegisteredCodeIsShownAtTheCreditCodeField() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("creditCode", DEMO_CREDIT_CODE);

		HttpResponse<String> response = browser.post("/register", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("<a href=\"#creditCode\">该统一社会信用代码已注册，请直接登录，或联系本单位已注册的账户</a>");
	}

	@Test
	void aRightRegistrationSignsThePersonInAndLandsOnTheUnitProfile() throws Exception {
		Browser browser = this.http.browser();
		browser.get("/register");
		Map<String, String> form = form();
		form.put("creditCode", form.get("creditCode").toLowerCase());

		HttpResponse<String> response = browser.post("/register", form);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).endsWith("/profile");
		HttpResponse<String> profile = browser.get("/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("注册成功，欢迎使用。请核对下面的单位信息。", form.get("creditCode").toUpperCase(),
				"value=\"武威绿洲新材料有限公司\"", "<option value=\"620602\" selected=\"selected\">凉州区</option>",
				"href=\"/profile/library\"", "附件库", "王芳（武威绿洲新材料有限公司）");
		assertThat(browser.get("/profile").body()).as("the message is shown once").doesNotContain("注册成功");
		assertThat(browser.get("/workbench").body()).contains("您好，王芳（武威绿洲新材料有限公司）", "href=\"/profile\"");
		assertThat(location(browser.get("/register"))).as("a signed-in person has nothing to register")
			.endsWith("/workbench");

		assertThat(location(this.http.browser().logIn(form.get("username"), form.get("password"))))
			.as("the chosen password works on the login page").endsWith("/workbench");
	}

	@Test
	void theRegistrationFormNeedsItsCsrfToken() throws Exception {
		Browser browser = this.http.browser();
		HttpResponse<String> response = browser.post("/register", form());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	private String checkCreditCode(String code) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(this.http.uri("/register/credit-code?creditCode=" + code))
			.header("HX-Request", "true"));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("SELECT count(*) FROM " + tableAndCondition).query(Long.class).single();
	}

	static Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("creditCode", NewUnits.creditCode());
		form.put("unitName", "武威绿洲新材料有限公司");
		form.put("unitType", "ENTERPRISE");
		form.put("cityCode", "620600");
		form.put("countyCode", "620602");
		form.put("contactName", "王芳");
		form.put("contactPhone", "13993512345");
		form.put("username", NewUnits.username());
		form.put("password", "Wuwei2026");
		form.put("confirmPassword", "Wuwei2026");
		return form;
	}

}
