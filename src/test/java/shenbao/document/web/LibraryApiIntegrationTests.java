package shenbao.document.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shenbao.TestBrowser;
import shenbao.TestBrowser.Multipart;
import shenbao.document.SecondApplicant;
import shenbao.document.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit library and file downloads over the open API with a bearer token (SPEC §10): 201 on upload, 415 for
 * what is not a PDF on its bytes, 413 over 20 MB, 404 for anything of another unit, all as problem details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LibraryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Value("${shenbao.storage.root}")
	Path storageRoot;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anApiClientAddsListsDownloadsAndRemovesItsLibraryItems() throws Exception {
		String token = token("applicant");

		HttpResponse<String> created = upload(token, new Multipart().field("kind", "BUSINESS_LICENSE")
			.field("title", "营业执照")
			.file("file", "营业执照.pdf", "application/pdf", TestFiles.licence()));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode item = this.json.readTree(created.body());
		long id = item.get("id").asLong();
		String fileId = item.get("fileId").asString();
		assertThat(TestBrowser.location(created)).endsWith("/api/v1/library/" + id);
		assertThat(item.get("kind").asString()).isEqualTo("BUSINESS_LICENSE");
		assertThat(item.get("filename").asString()).isEqualTo("营业执照.pdf");
		assertThat(item.get("size").asLong()).isEqualTo(TestFiles.LICENCE_SIZE);
		assertThat(item.get("sha256").asString()).isEqualTo(TestFiles.LICENCE_SHA256);
		assertThat(item.get("createdAt").asString()).endsWith("+08:00");

		assertThat(get("/api/v1/library", token).body()).contains("\"fileId\":\"" + fileId + "\"");
		HttpResponse<byte[]> file = send(request("/api/v1/files/" + fileId, token).GET(), BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(TestFiles.licence());

		assertThat(send(request("/api/v1/library/" + id, token).DELETE(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(204);
		assertThat(get("/api/v1/library/" + id, token).statusCode()).isEqualTo(404);
	}

	@Test
	void aRenamedProgramIs415NamingTheFileField() throws Exception {
		HttpResponse<String> refused = upload(token("applicant"), new Multipart().field("kind", "OTHER")
			.file("file", "营业执照.pdf", "application/pdf", TestFiles.windowsProgram()));

		assertThat(refused.statusCode()).isEqualTo(415);
		JsonNode problem = problem(refused);
		assertThat(problem.get("type").asString()).isEqualTo("urn:shenbao:problem:unsupported-media-type");
		assertThat(problem.get("detail").asString()).isEqualTo("只能上传 PDF 文件（已按文件内容检查，而非文件名）");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void aFileOverTwentyMegabytesIs413AndLeavesNothingBehind() throws Exception {
		long files = this.jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single();

		HttpResponse<String> refused = upload(token("applicant"), new Multipart().field("kind", "AUDIT_REPORT")
			.file("file", "审计报告.pdf", "application/pdf", TestFiles.pdfOfSize(20L * 1024 * 1024 + 1)));

		assertThat(refused.statusCode()).isEqualTo(413);
		JsonNode problem = problem(refused);
		assertThat(problem.get("detail").asString()).isEqualTo("文件超过 20 MB 的大小限制");
		assertThat(problem.get("type").asString()).isEqualTo("urn:shenbao:problem:content-too-large");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(this.jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single()).isEqualTo(files);
		try (Stream<Path> incoming = Files.list(this.storageRoot.resolve(".incoming"))) {
			assertThat(incoming).as("no partial upload left").isEmpty();
		}
	}

	@Test
	void aMissingFileOrAnUnknownKindIs400NamingTheField() throws Exception {
		String token = token("applicant");

		HttpResponse<String> noFile = upload(token, new Multipart().field("kind", "OTHER"));
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(problem(noFile).get("errors").get(0).get("field").asString()).isEqualTo("file");

		HttpResponse<String> badKind = upload(token, new Multipart().field("kind", "PASSPORT")
			.file("file", "a.pdf", "application/pdf", TestFiles.licence()));
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(problem(badKind).get("errors").get(0).get("field").asString()).isEqualTo("kind");

		HttpResponse<String> notMultipart = send(request("/api/v1/library", token)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{}")), BodyHandlers.ofString());
		assertThat(notMultipart.statusCode()).isEqualTo(415);
	}

	@Test
	void anotherUnitsItemsAndFilesAre404() throws Exception {
		JsonNode item = this.json.readTree(upload(token("applicant"), new Multipart().field("kind", "OTHER")
			.file("file", "说明.pdf", "application/pdf", TestFiles.licence())).body());
		SecondApplicant.ensure(this.jdbc);
		String other = token(SecondApplicant.USERNAME);

		assertThat(get("/api/v1/library/" + item.get("id").asLong(), other).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/library", other).body()).doesNotContain(item.get("fileId").asString());
		HttpResponse<String> file = get("/api/v1/files/" + item.get("fileId").asString(), other);
		assertThat(file.statusCode()).isEqualTo(404);
		assertThat(problem(file).get("detail").asString()).isEqualTo("未找到该文件，或您无权查看");
		assertThat(send(request("/api/v1/library/" + item.get("id").asLong(), other).DELETE(),
				BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/library", token("county-620602")).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> upload(String token, Multipart body) throws IOException, InterruptedException {
		return new TestBrowser(this.port).postMultipart("/api/v1/library", body, "Authorization", "Bearer " + token);
	}

	private String token(String username) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(
					"{\"username\":\"" + username + "\",\"password\":\"" + TestBrowser.PASSWORD + "\"}")),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as(username).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(request(path, token).GET(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), body);
		}
	}

	private JsonNode problem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
