package shenbao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (README: {@code java -jar} with no arguments) runs on H2 in PostgreSQL mode, which the other
 * tests never touch. This boots the application on an in-memory H2 with the same URL options, so that every
 * migration and every repository is also proved portable, and the demo accounts work there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
				"spring.datasource.password=", "shenbao.demo.enabled=true", "shenbao.demo.portal.enabled=true" })
class EmbeddedDefaultTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoApplicantGetsATokenAndUsesItOnH2() throws Exception {
		HttpResponse<String> wrong = post("/api/v1/auth/token", "{\"username\":\"applicant\",\"password\":\"x\"}");
		assertThat(wrong.statusCode()).isEqualTo(401);

		HttpResponse<String> issued = post("/api/v1/auth/token",
				"{\"username\":\"applicant\",\"password\":\"Demo@2026\"}");
		assertThat(issued.statusCode()).isEqualTo(200);
		String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

		HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.GET());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"applicant\"", "\"regionCode\":\"620602\"");

		// the save path's one-query read (ARRAY_AGG, a LIMIT subquery) on H2 too, with and without evidence
		HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/v1/applications"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"programCode\":\"etc-2026\"}")));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String id = started.body().replaceAll(".*\"id\":(\\d+).*", "$1");
		assertThat(save(token, id, "{\"values\":{\"rd_expense\":100},\"version\":0}").statusCode()).isEqualTo(200);
		HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/api/v1/applications/" + id + "/attachments/annual_summary"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/pdf")
			.PUT(BodyPublishers.ofByteArray("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		HttpResponse<String> saved = save(token, id, "{\"values\":{\"rd_expense\":200},\"version\":1}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":2");
	}

	@Test
	void theReviewersListsRunOnH2() throws Exception {
		String token = post("/api/v1/auth/token", "{\"username\":\"province\",\"password\":\"Demo@2026\"}").body()
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> pending = send(HttpRequest.newBuilder(uri("/api/v1/reviews/pending?name=%25_x"))
			.header("Authorization", "Bearer " + token)
			.GET());
		assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
		assertThat(pending.body()).isEqualTo("[]");
	}

	@Test
	void theDemoAlliancesHistoryReadsOnH2() throws Exception {
		String token = post("/api/v1/auth/token", "{\"username\":\"province\",\"password\":\"Demo@2026\"}").body()
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> alliances = send(HttpRequest.newBuilder(uri("/api/v1/alliances"))
			.header("Authorization", "Bearer " + token)
			.GET());
		assertThat(alliances.statusCode()).as(alliances.body()).isEqualTo(200);
		assertThat(alliances.body()).contains("\"recognisedYear\":2024", "\"year\":2025", "\"recordedResult\":\"");
	}

	/** The demo's portal items show to anyone, and the demo applicant, tagged 专精特新, gets the policy for it. */
	@Test
	void theDemoPortalRecommendsTheTaggedPolicyToTheDemoApplicant() throws Exception {
		HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).GET());
		assertThat(home.body()).contains("甘肃省企业技术中心认定管理办法").doesNotContain("recommended-policies");
		String policies = new TestBrowser(this.port).logIn("applicant").get("/portal/policies").body();
		int recommended = policies.indexOf("id=\"recommended-policies\"");
		assertThat(recommended).isPositive();
		assertThat(policies.substring(recommended, policies.indexOf("</ul>", recommended)))
			.contains("支持专精特新中小企业创新发展的若干措施", "高新技术企业研发费用归集")
			.doesNotContain("甘肃省企业技术中心认定管理办法");
	}

	private HttpResponse<String> save(String token, String id, String json) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/applications/" + id + "/values"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json)));
	}

	@Test
	void theLoginPageOpensAHttpSessionInTheDatabase() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("SESSION="));
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
