package shenbao.document.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.TestBrowser;
import shenbao.TestBrowser.Multipart;
import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.document.SecondApplicant;
import shenbao.document.TestFiles;
import shenbao.document.UnitLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 附件库 and {@code /files/{id}} through real HTTP, as a browser sends them (plain forms and htmx), on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LibraryPageIntegrationTests {

	private static final String NOT_PDF = "只能上传 PDF 文件（已按文件内容检查，而非文件名）";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitLibrary library;

	@Value("${shenbao.storage.root}")
	Path storageRoot;

	@Test
	void anApplicantUploadsAPdfAndSeesItListedWithSizeHashAndKind() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");
		HttpResponse<String> page = browser.get("/profile/library");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("附件库", "上传文件", "只能上传 PDF 文件，单个文件不超过 20 MB",
				"data-max-size=\"20971520\"", "hx-disabled-elt", "data-upload-progress");

		HttpResponse<String> upload = browser.postMultipart("/profile/library",
				new Multipart().field("_csrf", browser.csrf())
					.field("kind", "AUDIT_REPORT")
					.field("title", "2025年度审计报告")
					.file("file", "审计报告.pdf", "application/pdf", TestFiles.licence()));

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(TestBrowser.location(upload)).endsWith("/profile/library");
		assertThat(browser.get("/profile/library").body()).contains("已上传“2025年度审计报告”", "审计报告.pdf",
				"52.8 KB", TestFiles.LICENCE_SHA256.substring(0, 12), "title=\"" + TestFiles.LICENCE_SHA256 + "\"",
				"<td>审计报告</td>", "预览", "下载", "删除");
	}

	@Test
	void anHtmxUploadAnswersTheLibraryFragmentWithTheNewItem() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> upload = browser.postMultipart("/profile/library",
				new Multipart().field("kind", "TAX_CERTIFICATE")
					.field("title", "")
					.file("file", "C:\\fakepath\\2025年完税证明.pdf", "application/pdf", TestFiles.licence()),
				"HX-Request", "true", "X-CSRF-TOKEN", browser.csrf());

		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.body()).startsWith("<section id=\"library\"")
			.contains("已上传“2025年完税证明”", "2025年完税证明.pdf", "<td>完税证明</td>")
			.doesNotContain("<html");
	}

	@Test
	void aRenamedProgramIsRefusedInChineseAndTheFormKeepsWhatWasTyped() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> refused = browser.postMultipart("/profile/library",
				new Multipart().field("_csrf", browser.csrf())
					.field("kind", "QUALIFICATION")
					.field("title", "资质证书")
					.file("file", "资质证书.pdf", "application/pdf", TestFiles.windowsProgram()));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains(NOT_PDF, "提交的内容有以下问题", "href=\"#file\"",
				"value=\"QUALIFICATION\" selected", "value=\"资质证书\"");
	}

	@Test
	void aRenamedProgramSentWithHtmxGetsTheRefusalInTheFragment() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> refused = browser.postMultipart("/profile/library",
				new Multipart().field("kind", "OTHER").file("file", "说明.pdf", "application/pdf",
						TestFiles.windowsProgram()),
				"HX-Request", "true", "X-CSRF-TOKEN", browser.csrf());

		assertThat(refused.statusCode()).as("htmx swaps only 2xx answers").isEqualTo(200);
		assertThat(refused.body()).contains(NOT_PDF).doesNotContain("<html");
	}

	@Test
	void aFormWithoutKindOrFileSaysWhatIsMissing() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> refused = browser.postMultipart("/profile/library",
				new Multipart().field("_csrf", browser.csrf()).field("kind", "").field("title", "营业执照"));

		assertThat(refused.body()).contains("请选择附件类型", "请选择要上传的 PDF 文件");
	}

	@Test
	void aFileJustOverTwentyMegabytesIsRefusedOnThePageAndLeavesNothingBehind() throws Exception {
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");
		long files = count("stored_file");

		HttpResponse<String> refused = browser.postMultipart("/profile/library",
				new Multipart().field("kind", "AUDIT_REPORT")
					.file("file", "审计报告.pdf", "application/pdf", TestFiles.pdfOfSize(20L * 1024 * 1024 + 1)),
				"HX-Request", "true", "X-CSRF-TOKEN", browser.csrf());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("文件超过 20 MB 的大小限制", "value=\"AUDIT_REPORT\" selected");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(filesIn(this.storageRoot.resolve(".incoming"))).as("no partial upload left").isZero();
	}

	@Test
	void theOwnerDownloadsTheFileUnderItsChineseNameInlineOrAsAnAttachment() throws Exception {
		LibraryItem item = add(SecondApplicant.demoUnit(this.jdbc), "营业执照.pdf");
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<byte[]> inline = browser.getBytes("/files/" + item.file().id());
		assertThat(inline.statusCode()).isEqualTo(200);
		assertThat(inline.body()).isEqualTo(TestFiles.licence());
		assertThat(inline.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(inline.headers().firstValue("Content-Length")).contains(String.valueOf(TestFiles.LICENCE_SIZE));
		assertThat(inline.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("inline;")
					.contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf"));
		assertThat(inline.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

		HttpResponse<byte[]> download = browser.getBytes("/files/" + item.file().id() + "?download=1");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment;")
					.contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf"));
		assertThat(download.body()).isEqualTo(TestFiles.licence());
	}

	@Test
	void anotherUnitsFilesAndItemsAreNotFound() throws Exception {
		LibraryItem item = add(SecondApplicant.demoUnit(this.jdbc), "营业执照.pdf");
		SecondApplicant.ensure(this.jdbc);

		for (String username : new String[] { SecondApplicant.USERNAME, "county-620102", "city-620100" }) {
			TestBrowser other = new TestBrowser(this.port).logIn(username);
			HttpResponse<String> file = other.get("/files/" + item.file().id());
			assertThat(file.statusCode()).as(username).isEqualTo(404);
			assertThat(file.body()).contains("未找到该文件，或您无权查看").doesNotContain("%PDF");
			assertThat(other.get("/profile/library/" + item.id()).statusCode()).as(username).isEqualTo(404);
			assertThat(other.postForm("/profile/library/" + item.id() + "/delete", Map.of("_csrf",
					other.csrf())).statusCode()).as(username).isEqualTo(404);
		}
		// the reviewers of the unit's own region read its library in the 企业画像 (附件材料), and change nothing
		for (String username : new String[] { "county-620602", "province" }) {
			TestBrowser reviewer = new TestBrowser(this.port).logIn(username);
			assertThat(reviewer.get("/files/" + item.file().id()).body()).as(username).startsWith("%PDF");
			assertThat(reviewer.get("/profile/library/" + item.id()).statusCode()).as(username).isEqualTo(404);
			assertThat(reviewer.postForm("/profile/library/" + item.id() + "/delete", Map.of("_csrf",
					reviewer.csrf())).statusCode()).as(username).isEqualTo(404);
		}
		assertThat(this.library.find(item.unitId(), item.id())).as("still there").isPresent();
		assertThat(new TestBrowser(this.port).logIn("applicant").get("/files/not-a-uuid").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theItemPageShowsThePdfInAFrameAndHtmxGetsJustThePreview() throws Exception {
		LibraryItem item = add(SecondApplicant.demoUnit(this.jdbc), "营业执照.pdf");
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> page = browser.get("/profile/library/" + item.id());
		assertThat(page.body()).contains("<iframe", "src=\"/files/" + item.file().id() + "\"", "返回附件库");

		HttpResponse<String> preview = browser.get("/profile/library/" + item.id(), "HX-Request", "true");
		assertThat(preview.body()).contains("<iframe", "预览：营业执照").doesNotContain("<html", "返回附件库");
	}

	@Test
	void deletingAsksFirstThenTakesTheItemOutOfTheLibrary() throws Exception {
		LibraryItem item = add(SecondApplicant.demoUnit(this.jdbc), "待删除.pdf");
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> confirm = browser.get("/profile/library/" + item.id() + "/delete");
		assertThat(confirm.body()).contains("确定删除“待删除”吗？", "确定删除", "取消");
		assertThat(browser.get("/profile/library").body()).contains("hx-confirm=\"确定删除“待删除”吗？\"");

		HttpResponse<String> deleted = browser.postForm("/profile/library/" + item.id() + "/delete",
				Map.of("_csrf", browser.csrf()));
		assertThat(TestBrowser.location(deleted)).endsWith("/profile/library");
		assertThat(browser.get("/profile/library").body()).contains("已删除“待删除”")
			.doesNotContain("待删除.pdf");
		assertThat(this.library.find(item.unitId(), item.id())).isEmpty();
	}

	@Test
	void anHtmxDeleteAnswersTheLibraryFragment() throws Exception {
		LibraryItem item = add(SecondApplicant.demoUnit(this.jdbc), "另一份.pdf");
		TestBrowser browser = new TestBrowser(this.port).logIn("applicant");

		HttpResponse<String> deleted = browser.postForm("/profile/library/" + item.id() + "/delete",
				Map.of(), "HX-Request", "true", "X-CSRF-TOKEN", browser.csrf());

		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).contains("已删除“另一份”").doesNotContain("另一份.pdf", "<html");
	}

	@Test
	void reviewersHaveNoLibrary() throws Exception {
		assertThat(new TestBrowser(this.port).logIn("city-620600").get("/profile/library").statusCode())
			.isEqualTo(404);
	}

	private LibraryItem add(long unit, String filename) {
		return this.library.add(unit, LibraryKind.BUSINESS_LICENSE, null, new ByteArrayInputStream(TestFiles.licence()),
				filename);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static long filesIn(Path directory) {
		try (Stream<Path> paths = Files.list(directory)) {
			return paths.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
