package shenbao.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shenbao.MutableClock;
import shenbao.identity.TestHttp.Browser;
import shenbao.platform.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static shenbao.identity.TestHttp.location;

/**
 * Identity against the running application on a random port, through real HTTP: the login form with its CSRF
 * token and database-backed session, the lockout shared by form and token endpoint, bearer tokens on the API chain.
 * Time is a {@link MutableClock}, moved forward instead of waiting. Each lockout test uses its own demo account.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentityIntegrationTests {

	private static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestHttp http;

	@BeforeEach
	void connect() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void aReviewerLogsInWithTheFormAndIsGreetedWithRoleAndRegion() throws Exception {
		Browser browser = browser();
		HttpResponse<String> login = browser.logIn("county-620602", PASSWORD);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location(login)).endsWith("/workbench");
		HttpResponse<String> workbench = browser.get("/workbench");
		assertThat(workbench.statusCode()).isEqualTo(200);
		assertThat(workbench.body()).contains("您好，凉州区工信局", "县区工信部门经办", "甘肃省 武威市 凉州区", "工业技术创新服务平台",
				"htmx.min.js", "退出");
	}

	@Test
	void everyDemoAccountCanLogIn() throws Exception {
		// expert2, expert4 and expert5 are locked by other tests
		for (String username : new String[] { "admin", "province", "city-620100", "county-620102", "city-620600",
				"county-620602", "city-441300", "county-441302", "expert1", "expert3", "applicant" }) {
			HttpResponse<String> login = browser().logIn(username, PASSWORD);
			assertThat(location(login)).as(username).endsWith("/workbench");
		}
	}

	@Test
	void theApplicantBelongsToACompleteEnterpriseProfileInLiangzhou() throws Exception {
		Browser browser = browser();
		browser.logIn("applicant", PASSWORD);
		assertThat(browser.get("/workbench").body()).contains("申报单位", "甘肃省 武威市 凉州区");

		Map<String, Object> unit = this.jdbc.sql("""
				SELECT u.credit_code, u.name, u.unit_type, u.region_code, u.contact_name, u.contact_phone
				FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.username = 'applicant'
				""").query().singleRow();
		assertThat(unit).containsEntry("name", "武威示范科技有限公司")
			.containsEntry("unit_type", "ENTERPRISE")
			.containsEntry("region_code", "620602");
		assertThat(CreditCode.isValid((String) unit.get("credit_code"))).isTrue();
		assertThat((String) unit.get("contact_name")).isNotBlank();
		assertThat((String) unit.get("contact_phone")).isNotBlank();
	}

	@Test
	void demoDataIsCreatedOnlyOnce() throws Exception {
		long accounts = count("account");
		long units = count("unit");
		((ApplicationRunner) this.context.getBean("demoAccounts")).run(new DefaultApplicationArguments());
		assertThat(count("account")).isEqualTo(accounts).isGreaterThanOrEqualTo(14);
		assertThat(count("unit")).isEqualTo(units);
	}

	@Test
	void aWrongPasswordShowsTheChineseErrorOnTheLoginPage() throws Exception {
		Browser browser = browser();
		HttpResponse<String> login = browser.logIn("city-620600", "wrong");

		assertThat(location(login)).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
		assertThat(location(browser().logIn("nobody", "wrong"))).endsWith("/login?error");
	}

	@Test
	void theLoginFormNeedsItsCsrfToken() throws Exception {
		HttpResponse<String> response = browser().post("/login",
				Map.of("username", "admin", "password", PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void fiveFailedLoginsLockTheAccountForFifteenMinutes() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(location(browser().logIn("expert4", "wrong-" + attempt))).as("attempt %d", attempt)
				.endsWith("/login?error");
		}

		Browser browser = browser();
		HttpResponse<String> refused = browser.logIn("expert4", PASSWORD);
		assertThat(location(refused)).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("账户已被锁定，请 15 分钟后再试");

		this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(location(browser().logIn("expert4", PASSWORD))).endsWith("/login?locked");

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(location(browser().logIn("expert4", PASSWORD))).endsWith("/workbench");
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser().logIn("expert3", "wrong");
		}
		assertThat(location(browser().logIn("expert3", PASSWORD))).endsWith("/workbench");
		assertThat(location(browser().logIn("expert3", "wrong"))).endsWith("/login?error");
		assertThat(location(browser().logIn("expert3", PASSWORD))).endsWith("/workbench");
	}

	@Test
	void aDisabledAccountCannotLogInAndItsTokensStopWorking() throws Exception {
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, role, display_name, created_at)
				SELECT 'disabled-test', password_hash, 'EXPERT', 'disabled', created_at FROM account WHERE username = 'admin'
				""").update();
		String token = token("disabled-test");
		this.jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = 'disabled-test'").update();

		assertThat(location(browser().logIn("disabled-test", PASSWORD))).endsWith("/login?disabled");
		HttpResponse<String> refused = postJson("/api/v1/auth/token",
				"{\"username\":\"disabled-test\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(problem(refused).get("detail").asString()).isEqualTo("账户已停用，请联系管理员");
		assertThat(getWithToken("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	@Test
	void theTokenEndpointIssuesATokenThatAuthenticatesApiCalls() throws Exception {
		Instant now = this.clock.instant();
		HttpResponse<String> response = postJson("/api/v1/auth/token",
				"{\"username\":\"province\",\"password\":\"" + PASSWORD + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		String token = body.get("token").asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		OffsetDateTime expiresAt = OffsetDateTime.parse(body.get("expiresAt").asString());
		assertThat(body.get("expiresAt").asString()).endsWith("+08:00");
		assertThat(expiresAt.toInstant()).isBetween(now.plus(Duration.ofHours(8)).minusSeconds(1),
				now.plus(Duration.ofHours(8)));
		assertThat(count("api_token WHERE token_hash = '" + token + "'")).as("the token itself is never stored")
			.isZero();

		HttpResponse<String> me = getWithToken("/api/v1/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode caller = this.json.readTree(me.body());
		assertThat(caller.get("username").asString()).isEqualTo("province");
		assertThat(caller.get("role").asString()).isEqualTo("PROVINCE_REVIEWER");
		assertThat(caller.get("regionCode").asString()).isEqualTo("620000");
	}

	@Test
	void aTokenStopsWorkingWhenItExpires() throws Exception {
		String token = token("city-620100");
		assertThat(getWithToken("/api/v1/me", token).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(8));
		HttpResponse<String> expired = getWithToken("/api/v1/me", token);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(problem(expired).get("detail").asString()).isEqualTo("访问令牌无效或已过期，请重新获取");
	}

	@Test
	void wrongCredentialsAtTheTokenEndpointAre401ProblemDetails() throws Exception {
		HttpResponse<String> response = postJson("/api/v1/auth/token",
				"{\"username\":\"county-620102\",\"password\":\"wrong\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode problem = problem(response);
		assertThat(problem.get("detail").asString()).isEqualTo("用户名或密码错误");
		assertThat(problem.get("type").asString()).isEqualTo("urn:shenbao:problem:unauthenticated");
	}

	@Test
	void theTokenEndpointAnswers423OnceTheAccountIsLockedAndSharesTheLockWithTheForm() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(postJson("/api/v1/auth/token", "{\"username\":\"expert5\",\"password\":\"wrong\"}").statusCode())
				.as("attempt %d", attempt)
				.isEqualTo(401);
		}
		HttpResponse<String> locked = postJson("/api/v1/auth/token",
				"{\"username\":\"expert5\",\"password\":\"" + PASSWORD + "\"}");

		assertThat(locked.statusCode()).isEqualTo(423);
		assertThat(problem(locked).get("detail").asString()).isEqualTo("账户已被锁定，请 15 分钟后再试");
		assertThat(location(browser().logIn("expert5", PASSWORD))).endsWith("/login?locked");

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(postJson("/api/v1/auth/token", "{\"username\":\"expert5\",\"password\":\"" + PASSWORD + "\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void parallelFailuresOnSeveralNodesAreAllCounted() throws Exception {
		// the row lock serialises concurrent attempts: five parallel failures must lock, none may be lost
		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			attempts.add(() -> postJson("/api/v1/auth/token", "{\"username\":\"expert2\",\"password\":\"wrong\"}")
				.statusCode());
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(attempts.size())) {
			for (Future<Integer> status : pool.invokeAll(attempts)) {
				assertThat(status.get()).isEqualTo(401);
			}
		}

		assertThat(postJson("/api/v1/auth/token", "{\"username\":\"expert2\",\"password\":\"" + PASSWORD + "\"}")
			.statusCode()).isEqualTo(423);
	}

	@Test
	void aPasswordLongerThanBcryptAcceptsIsJustWrong() throws Exception {
		HttpResponse<String> response = postJson("/api/v1/auth/token",
				"{\"username\":\"city-620600\",\"password\":\"" + "密".repeat(40) + "\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(postJson("/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"" + "x".repeat(200) + "\"}")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void malformedJsonAtTheTokenEndpointIs400ProblemDetails() throws Exception {
		HttpResponse<String> response = postJson("/api/v1/auth/token", "{\"username\":\"admin\",");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem(response).get("detail").asString()).isEqualTo("请求内容不是有效的 JSON，请检查格式");
	}

	@Test
	void aMissingFieldAtTheTokenEndpointIs400NamingTheField() throws Exception {
		HttpResponse<String> response = postJson("/api/v1/auth/token", "{\"username\":\"admin\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = problem(response).get("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("password");
		assertThat(errors.get(0).get("message").asString()).isEqualTo("必须填写");
	}

	@Test
	void anUnknownTokenIs401ProblemDetails() throws Exception {
		HttpResponse<String> response = getWithToken("/api/v1/me", "not-a-token-we-issued");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
		JsonNode problem = problem(response);
		assertThat(problem.get("detail").asString()).isEqualTo("访问令牌无效或已过期，请重新获取");
		assertThat(problem.get("status").asInt()).isEqualTo(401);
	}

	@Test
	void anApiCallWithoutTokenIs401ProblemDetails() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/me")).GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(problem(response).get("detail").asString()).isEqualTo("请先登录，或提供有效的访问令牌");
	}

	@Test
	void askingForTheCallerOnAPublicApiPathAnonymouslyIs401NotA500() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(CallerEcho.PATH)).GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(problem(response).get("detail").asString()).isEqualTo("请先登录，或提供有效的访问令牌");
		assertThat(getWithToken(CallerEcho.PATH, token("expert1")).body()).isEqualTo("expert1");
	}

	@Test
	void theSessionCookieDoesNotAuthenticateApiCalls() throws Exception {
		// the API chain has no CSRF protection, so it must never accept the browser's session
		Browser browser = browser();
		browser.logIn("admin", PASSWORD);
		assertThat(browser.get("/workbench").statusCode()).isEqualTo(200);

		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void anExpiredSessionUnderHtmxRefreshesThePageInsteadOfSwappingInTheLoginForm() throws Exception {
		HttpResponse<String> htmx = send(HttpRequest.newBuilder(uri("/workbench")).header("HX-Request", "true").GET());
		assertThat(htmx.statusCode()).isEqualTo(401);
		assertThat(htmx.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(htmx.body()).doesNotContain("password");

		HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/workbench")).GET());
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(location(plain)).endsWith("/login");
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		Browser browser = browser();
		browser.logIn("city-441300", PASSWORD);
		HttpResponse<String> workbench = browser.get("/workbench");
		assertThat(workbench.body()).contains("惠州市工业和信息化局", "广东省 惠州市");

		HttpResponse<String> logout = browser.post("/logout", Map.of());
		assertThat(location(logout)).endsWith("/login?logout");
		assertThat(browser.get("/workbench").statusCode()).isEqualTo(302);
	}

	@Test
	void publicPagesNeedNoLoginAndCarrySecurityHeaders() throws Exception {
		HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).GET());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("工业技术创新服务平台", "登录", "/swagger-ui.html");
		assertThat(home.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'")
				.doesNotContain("unsafe-inline"));
		assertThat(home.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(home.headers().firstValue("Set-Cookie")).as("an anonymous visit starts no session").isEmpty();

		for (String path : new String[] { "/login", "/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js",
				"/actuator/health", "/v3/api-docs" }) {
			assertThat(send(HttpRequest.newBuilder(uri(path)).GET()).statusCode()).as(path).isEqualTo(200);
		}
	}

	private String token(String username) throws IOException, InterruptedException {
		HttpResponse<String> response = postJson("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private JsonNode problem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("SELECT count(*) FROM " + tableAndCondition).query(Long.class).single();
	}

	private HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
	}

	private Browser browser() {
		return this.http.browser();
	}

	private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
		return this.http.postJson(path, body);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request);
	}

	private URI uri(String path) {
		return this.http.uri(path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedStart {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-05-20T01:00:00Z"), Platform.ZONE);
		}

		@Bean
		CallerEcho callerEcho() {
			return new CallerEcho();
		}

	}

	/** A controller on a path the API chain lets anonymous calls into, which nevertheless needs the caller. */
	@RestController
	static class CallerEcho {

		static final String PATH = "/api/v1/programs/identity-test-caller";

		@GetMapping(PATH)
		String echo(Caller caller) {
			return caller.username();
		}

	}

}
