package shenbao.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §10 {@code POST /api/v1/registrations} and {@code /api/v1/units/me} through real HTTP on PostgreSQL: what is
 * accepted, every kind of refusal naming its field in Chinese, the 409s, and duplicates sent at the same moment.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistrationApiIntegrationTests {

	private static final String PASSWORD = "Wuwei2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestHttp http;

	@BeforeEach
	void connect() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void aUnitRegistersWithItsFirstApplicantAccountAndCanUseTheApiAtOnce() throws Exception {
		Map<String, String> body = registration();
		HttpResponse<String> response = register(body);

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode created = this.json.readTree(response.body());
		long unitId = created.get("unitId").asLong();
		assertThat(created.get("username").asString()).isEqualTo(body.get("username"));

		Map<String, Object> unit = this.jdbc.sql("SELECT * FROM unit WHERE id = :id").param("id", unitId)
			.query().singleRow();
		assertThat(unit).containsEntry("credit_code", body.get("creditCode"))
			.containsEntry("name", "武威绿洲新材料有限公司")
			.containsEntry("unit_type", "ENTERPRISE")
			.containsEntry("region_code", "620602")
			.containsEntry("contact_name", "王芳")
			.containsEntry("contact_phone", "13993512345");
		Map<String, Object> account = this.jdbc.sql("SELECT * FROM account WHERE username = :username")
			.param("username", body.get("username"))
			.query()
			.singleRow();
		assertThat(account).containsEntry("role", "APPLICANT")
			.containsEntry("region_code", "620602")
			.containsEntry("unit_id", unitId)
			.containsEntry("display_name", "王芳（武威绿洲新材料有限公司）");
		assertThat((String) account.get("password_hash")).startsWith("{bcrypt}").doesNotContain(PASSWORD);

		String token = token(body.get("username"));
		JsonNode me = this.json.readTree(getWithToken("/api/v1/me", token).body());
		assertThat(me.get("role").asString()).isEqualTo("APPLICANT");
		assertThat(me.get("unitId").asLong()).isEqualTo(unitId);
		JsonNode profile = this.json.readTree(getWithToken("/api/v1/units/me", token).body());
		assertThat(profile.get("creditCode").asString()).isEqualTo(body.get("creditCode"));
		assertThat(profile.get("regionName").asString()).isEqualTo("甘肃省 武威市 凉州区");
	}

	@Test
	void aCodeTypedInLowerCaseWithSpacesIsStoredInItsCanonicalForm() throws Exception {
		Map<String, String> body = registration();
		String code = body.get("creditCode");
		body.put("creditCode", "  " + code.toLowerCase() + " ");
		body.put("contactPhone", "0935-2216688");

		assertThat(register(body).statusCode()).isEqualTo(201);
		assertThat(this.jdbc.sql("SELECT count(*) FROM unit WHERE credit_code = :code").param("code", code)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCityWithoutCountiesIsARegionAUnitCanRegisterIn() throws Exception {
		Map<String, String> body = registration();
		body.put("regionCode", "620200");

		assertThat(register(body).statusCode()).isEqualTo(201);
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			creditCode   | 91620602MA72B3C49         | 统一社会信用代码应为 18 位
			creditCode   | 91620602MA72B3C4IJ        | 统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）
			creditCode   | 91620602MA72B3C49K        | 统一社会信用代码校验位（第 18 位）错误，请核对
			creditCode   | 91620602MA72B3C48W        | 统一社会信用代码第 9–17 位的组织机构代码校验不通过，请核对
			unitName     | 厂                         | 单位名称应为 2–100 个字
			unitType     | COMPANY                   | 单位类型应为 ENTERPRISE（企业）、INSTITUTE（科研院所）、UNIVERSITY（高等院校）或 OTHER（其他）
			unitType     | ''                        | 请选择单位类型
			regionCode   | 999999                    | 所在地区代码 999999 不存在
			regionCode   | 620600                    | 武威市下设县区，请选择所在县区
			regionCode   | 620000                    | 所在地区须为县区，或不设县区的市州
			contactName  | '   '                     | 必须填写
			contactPhone | 8929212                   | 联系电话格式不正确：请填写 11 位手机号码（如 13912345678），或带区号的固定电话（如 0931-8929212）
			username     | Wang Fang                 | 用户名须为 3–32 位，只能使用小写字母、数字和 . _ -
			password     | abcdefgh                  | 密码至少 8 位，且须同时包含字母和数字
			password     | 1234567                   | 密码至少 8 位，且须同时包含字母和数字
			""")
	void aBadFieldIs400NamingItInChinese(String field, String value, String message) throws Exception {
		Map<String, String> body = registration();
		body.put(field, value);

		HttpResponse<String> response = register(body);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.get("detail").asString()).isEqualTo("提交的内容有误，请按提示修改");
		assertThat(errors(problem)).containsExactly(Map.entry(field, message));
	}

	@Test
	void aPasswordContainingTheUsernameIsRefused() throws Exception {
		Map<String, String> body = registration();
		body.put("password", "my" + body.get("username") + "1");

		assertThat(errors(problem(register(body)))).containsExactly(Map.entry("password", "密码不能包含用户名"));
	}

	@Test
	void anEmptyBodyNamesEveryField() throws Exception {
		HttpResponse<String> response = this.http.postJson("/api/v1/registrations", "{}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errors(problem(response))).containsOnlyKeys("creditCode", "unitName", "unitType", "regionCode",
				"contactName", "contactPhone", "username", "password");
	}

	@Test
	void aRegisteredCreditCodeIs409AndCreatesNothing() throws Exception {
		Map<String, String> first = registration();
		assertThat(register(first).statusCode()).isEqualTo(201);
		Map<String, String> second = registration();
		second.put("creditCode", first.get("creditCode"));

		HttpResponse<String> response = register(second);

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(problem(response).get("detail").asString())
			.isEqualTo("该统一社会信用代码已注册，请直接登录，或联系本单位已注册的账户");
		assertThat(accounts(second.get("username"))).isZero();
	}

	@Test
	void aTakenUsernameIs409AndLeavesNoUnitBehind() throws Exception {
		Map<String, String> first = registration();
		assertThat(register(first).statusCode()).isEqualTo(201);
		Map<String, String> second = registration();
		second.put("username", first.get("username"));

		HttpResponse<String> response = register(second);

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(problem(response).get("detail").asString()).isEqualTo("该用户名已被使用，请换一个");
		assertThat(units(second.get("creditCode"))).as("the unit insert is rolled back with the account's").isZero();
	}

	@Test
	void ofEightSimultaneousRegistrationsWithOneCreditCodeExactlyOneSucceeds() throws Exception {
		String code = NewUnits.creditCode();
		List<Map<String, String>> bodies = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Map<String, String> body = registration();
			body.put("creditCode", code);
			bodies.add(body);
		}

		List<HttpResponse<String>> responses = simultaneously(bodies);

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
		responses.stream().filter(response -> response.statusCode() == 409).forEach(response -> assertThat(
				problem(response).get("detail").asString()).startsWith("该统一社会信用代码已注册"));
		assertThat(units(code)).isEqualTo(1);
	}

	@Test
	void ofEightSimultaneousRegistrationsWithOneUsernameExactlyOneSucceeds() throws Exception {
		String username = NewUnits.username();
		List<Map<String, String>> bodies = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Map<String, String> body = registration();
			body.put("username", username);
			bodies.add(body);
		}

		List<HttpResponse<String>> responses = simultaneously(bodies);

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(accounts(username)).isEqualTo(1);
		long unitsCreated = bodies.stream().mapToLong(body -> units(body.get("creditCode"))).sum();
		assertThat(unitsCreated).as("no unit without its account").isEqualTo(1);
	}

	@Test
	void anApplicantEditsItsUnitThroughTheApiWithOptimisticLocking() throws Exception {
		Map<String, String> body = registration();
		register(body);
		String token = token(body.get("username"));
		JsonNode before = this.json.readTree(getWithToken("/api/v1/units/me", token).body());
		long version = before.get("version").asLong();

		HttpResponse<String> saved = putWithToken("/api/v1/units/me", token, """
				{"name":"武威绿洲新材料股份有限公司","type":"ENTERPRISE","regionCode":"620200",
				 "contactName":"赵强","contactPhone":"0937-6221234","version":%d}""".formatted(version));

		assertThat(saved.statusCode()).isEqualTo(200);
		JsonNode after = this.json.readTree(saved.body());
		assertThat(after.get("name").asString()).isEqualTo("武威绿洲新材料股份有限公司");
		assertThat(after.get("regionName").asString()).isEqualTo("甘肃省 嘉峪关市");
		assertThat(after.get("creditCode").asString()).isEqualTo(body.get("creditCode"));
		assertThat(after.get("version").asLong()).isGreaterThan(version);

		HttpResponse<String> stale = putWithToken("/api/v1/units/me", token, """
				{"name":"另一个名称","type":"OTHER","regionCode":"620602",
				 "contactName":"赵强","contactPhone":"0937-6221234","version":%d}""".formatted(version));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(problem(stale).get("detail").asString()).isEqualTo("单位信息已被他人修改，请刷新页面后重新填写");
		assertThat(this.json.readTree(getWithToken("/api/v1/units/me", token).body()).get("name").asString())
			.isEqualTo("武威绿洲新材料股份有限公司");
	}

	@Test
	void aProfileEditWithBadFieldsIs400NamingEach() throws Exception {
		Map<String, String> body = registration();
		register(body);
		String token = token(body.get("username"));

		HttpResponse<String> response = putWithToken("/api/v1/units/me", token, """
				{"name":"","type":"ENTERPRISE","regionCode":"620600","contactName":"赵强","contactPhone":"12345"}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errors(problem(response))).containsOnlyKeys("name", "regionCode", "contactPhone", "version")
			.containsEntry("regionCode", "武威市下设县区，请选择所在县区");
	}

	@Test
	void anAccountWithoutAUnitHasNoUnitProfile() throws Exception {
		String token = token("county-620102", "Demo@2026");

		HttpResponse<String> response = getWithToken("/api/v1/units/me", token);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(problem(response).get("detail").asString()).isEqualTo("申报单位不存在");
	}

	private static Map<String, String> registration() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("creditCode", NewUnits.creditCode());
		body.put("unitName", "武威绿洲新材料有限公司");
		body.put("unitType", "ENTERPRISE");
		body.put("regionCode", "620602");
		body.put("contactName", "王芳");
		body.put("contactPhone", "13993512345");
		body.put("username", NewUnits.username());
		body.put("password", PASSWORD);
		return body;
	}

	private HttpResponse<String> register(Map<String, String> body) throws Exception {
		return this.http.postJson("/api/v1/registrations", this.json.writeValueAsString(body));
	}

	/** Sends every registration at once from its own thread, released together by a latch. */
	private List<HttpResponse<String>> simultaneously(List<Map<String, String>> bodies) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (Map<String, String> body : bodies) {
			calls.add(() -> {
				start.await();
				return register(body);
			});
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
			List<Future<HttpResponse<String>>> futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get());
			}
		}
		return responses;
	}

	private String token(String username) throws Exception {
		return token(username, PASSWORD);
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> response = this.http.postJson("/api/v1/auth/token",
				this.json.writeValueAsString(Map.of("username", username, "password", password)));
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> getWithToken(String path, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(this.http.uri(path)).header("Authorization", "Bearer " + token));
	}

	private HttpResponse<String> putWithToken(String path, String token, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(this.http.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(body)));
	}

	private JsonNode problem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

	private static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (JsonNode error : problem.get("errors")) {
			errors.put(error.get("field").asString(), error.get("message").asString());
		}
		return errors;
	}

	private long units(String creditCode) {
		return this.jdbc.sql("SELECT count(*) FROM unit WHERE credit_code = :code").param("code", creditCode)
			.query(Long.class).single();
	}

	private long accounts(String username) {
		return this.jdbc.sql("SELECT count(*) FROM account WHERE username = :username").param("username", username)
			.query(Long.class).single();
	}

}
