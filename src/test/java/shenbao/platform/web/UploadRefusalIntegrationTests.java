package shenbao.platform.web;

import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shenbao.TestBrowser;
import shenbao.TestBrowser.Multipart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A multipart request far over the upload limit (20 MB by default; the parser stops at 21 MB) is refused by the
 * servlet's multipart parser before any handler is chosen. Whatever it was sent to, the client gets the platform's
 * answer in Chinese: 413 problem details under {@code /api}, a message on pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UploadRefusalIntegrationTests {

	private static final String TOO_LARGE = "文件超过 20 MB 的大小限制";

	@LocalServerPort
	int port;

	@Test
	void aMultipartRequestFarOverTheLimitToAnyApiEndpointIs413ProblemDetails() throws Exception {
		HttpResponse<String> response = new TestBrowser(this.port).postMultipart("/api/v1/scoring/etc-2026",
				new Multipart().file("file", "big.pdf", "application/pdf", pdfOfMegabytes(22)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("detail").asString()).isEqualTo(TOO_LARGE);
		assertThat(problem.get("type").asString()).isEqualTo("urn:shenbao:problem:content-too-large");
		assertThat(problem.get("title").asString()).isEqualTo("内容过大");
	}

	@Test
	void aPageUploadFarOverTheLimitShowsTheChineseMessageWithAWayBack() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> response = browser.postMultipart("/workbench",
				new Multipart().file("file", "big.pdf", "application/pdf", pdfOfMegabytes(22)), "X-CSRF-TOKEN",
				browser.csrf(), "Referer", browser.uri("/workbench").toString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件未能上传", TOO_LARGE, "href=\"/workbench\"");
	}

	@Test
	void anHtmxUploadFarOverTheLimitGetsTheMessageInTheAlertArea() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> response = browser.postMultipart("/workbench",
				new Multipart().file("file", "big.pdf", "application/pdf", pdfOfMegabytes(22)), "X-CSRF-TOKEN",
				browser.csrf(), "HX-Request", "true");

		assertThat(response.statusCode()).as("htmx swaps only 2xx answers").isEqualTo(200);
		assertThat(response.headers().firstValue("HX-Retarget")).contains("#alerts");
		assertThat(response.body()).contains(TOO_LARGE).doesNotContain("<html");
	}

	@Test
	void aPlainFormWithItsCsrfTokenInTheBodyGetsTheChineseMessage() throws Exception {
		// the CSRF filter reads the token from a body over the limit: Tomcat refuses, and the error page explains
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> response = browser.postMultipart("/workbench",
				new Multipart().field("_csrf", browser.csrf())
					.file("file", "big.pdf", "application/pdf", pdfOfMegabytes(22)),
				"Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件未能上传", TOO_LARGE);
	}

	@Test
	void aBrokenMultipartBodyToAnyApiEndpointIs400ProblemDetails() throws Exception {
		HttpResponse<String> response = new TestBrowser(this.port).postRaw("/api/v1/scoring/etc-2026",
				"multipart/form-data; boundary=never-closed",
				"--never-closed\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("detail").asString()).isEqualTo("请求应为格式正确的 multipart/form-data 表单");
	}

	static byte[] pdfOfMegabytes(int megabytes) {
		byte[] content = new byte[megabytes * 1024 * 1024];
		Arrays.fill(content, (byte) ' ');
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
		return content;
	}

}
