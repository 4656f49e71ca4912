package shenbao.book;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import shenbao.application.ApplicantApi;
import shenbao.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 6: the 申报书 of a complete 企业技术中心 application holds every value and every attachment hash as text
 * (Chinese included), is sealed after submission with a signature that verifies, and the verification tells an intact
 * book from one with a single changed byte or one the platform never sealed. On PostgreSQL, with the real listener.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditTrail audit;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void theSealedBookHoldsEveryValueAndAttachmentHashAsChineseText() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		awaitRound(id, 1);
		byte[] pdf = book(applicant, id);

		String text = text(pdf);
		// the cover: program, unit, both recommending bureaus (凉州区 and 武威市), number, the page counter
		assertThat(text).contains("2026年甘肃省工业和信息化厅企业技术中心申报", "申报书", applicant + " 科技有限公司",
				"凉州区工业和信息化局", "武威市工业和信息化局", "ETC2026-" + String.format("%06d", id), "填写日期",
				"第 1 页 共 ");
		// every section and field label, in the program's order, with units and values (ApplicantApi's figures)
		assertThat(text).containsSubsequence("基础信息", "创新投入", "创新条件", "产出与效益", "加分项", "承诺")
			.contains("主营业务收入", "万元", "研发人员总数", "测试企业")
			.contains("1200", "30000", "32000", "800", "120", "760", "9000", "2100")
			.contains("已承诺")
			.contains("发明专利", "实用新型专利", "制定企业标准");
		// derived values and the rule's suggestion beside the self-score
		assertThat(text).contains("派生指标", "研发经费支出占主营业务收入的比重", "4 %", "评分指标自评", "规则建议得分", "自评得分");
		// every attachment: file name and SHA-256
		String json = this.api.as(applicant, get("/api/v1/applications/" + id)).andReturn().getResponse().getContentAsString();
		List<String> hashes = JsonPath.read(json, "$.attachments[*].sha256");
		List<String> names = JsonPath.read(json, "$.attachments[*].filename");
		assertThat(hashes).hasSize(14);
		assertThat(text).contains(hashes);
		// a long file name may wrap in its cell
		assertThat(text.replaceAll("\\s+", "")).contains(names);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage first = document.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(text).contains("共 " + document.getNumberOfPages() + " 页");
			boolean embeddedChinese = false;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					embeddedChinese |= font.getName().contains("DroidSansFallback") && font.isEmbedded();
				}
			}
			assertThat(embeddedChinese).as("the Chinese font is embedded").isTrue();
		}
	}

	@Test
	void theSealIsACadesSignatureOverTheWholeFileThatVerifiesWithItsCertificate() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		awaitRound(id, 1);
		byte[] pdf = book(applicant, id);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat((long) range[2] + range[3]).isEqualTo(pdf.length);
			// /Contents is the DER-encoded CMS followed by zero padding up to the reserved size
			var contentInfo = org.bouncycastle.asn1.cms.ContentInfo
				.getInstance(new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf)).readObject());
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					contentInfo);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
			assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
			// the certificate it was sealed with is registered, so a later key change leaves this book verifiable
			String sha256 = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM seal_certificate WHERE sha256 = :sha256")
				.param("sha256", sha256).query(Long.class).single()).isEqualTo(1);
		}

		verify(pdf).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.applicationId").value(id))
			.andExpect(jsonPath("$.programCode").value("etc-2026"))
			.andExpect(jsonPath("$.unitName").value(applicant + " 科技有限公司"))
			.andExpect(jsonPath("$.signedAt").isNotEmpty());
	}

	@Test
	void aSingleChangedByteAnywhereMakesTheBookNotIntact() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		awaitRound(id, 1);
		byte[] pdf = book(applicant, id);
		int[] range;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			range = document.getLastSignatureDictionary().getByteRange();
		}
		// a byte of the signed content, a hex digit of the signature itself, and the last byte of the file
		for (int position : new int[] { pdf.length / 3, range[1] + 41, pdf.length - 2 }) {
			byte[] changed = pdf.clone();
			changed[position] = (byte) (changed[position] == '0' ? '1' : changed[position] ^ 0x01);
			verify(changed).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.applicationId").doesNotExist());
		}
		byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 1);
		appended[pdf.length] = '\n';
		verify(appended).andExpect(jsonPath("$.intact").value(false));
		verify(pdf).andExpect(jsonPath("$.intact").value(true));

		// the public page says the same, in Chinese, without a login
		this.mvc.perform(multipart("/books/verify").file(new MockMultipartFile("file", "book.pdf", "application/pdf", pdf))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("校验通过")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(applicant + " 科技有限公司")))
			// the number and the program's name as the applicant knows them, not the database id and code
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ETC2026-")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026年甘肃省工业和信息化厅企业技术中心申报")));
		this.mvc.perform(multipart("/books/verify").file(new MockMultipartFile("file", "book.pdf", "application/pdf",
				appended))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("校验未通过")));
	}

	@Test
	void aPdfThePlatformDidNotSealIsNotIntactAndAnythingElseIsRefused() throws Exception {
		String applicant = newApplicant();
		long id = this.api.startEtc(applicant);
		this.api.fillEtcCompletely(applicant, id);
		byte[] draft = book(applicant, id);
		assertThat(text(draft)).contains("草稿预览");
		try (PDDocument document = Loader.loadPDF(draft)) {
			assertThat(document.getSignatureDictionaries()).isEmpty();
		}
		verify(draft).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(false));
		verify(ApplicantApi.pdf(3000)).andExpect(jsonPath("$.intact").value(false));
		this.mvc.perform(multipart("/api/v1/books/verification")
			.file(new MockMultipartFile("file", "book.pdf", "application/pdf", "MZ not a pdf".getBytes())))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherUnitsBookIsNotFound() throws Exception {
		String owner = newApplicant();
		long id = this.api.startEtc(owner);
		String stranger = newApplicant();
		this.api.as(stranger, get("/api/v1/applications/" + id + "/book")).andExpect(status().isNotFound());
		this.api.as(owner, get("/api/v1/applications/" + id + "/book")).andExpect(status().isOk());
		this.api.as("county-620102", get("/api/v1/applications/" + id + "/book")).andExpect(status().isNotFound());
	}

	@Test
	void aResubmissionIsSealedAsRoundTwoWhichBecomesCurrent() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		SealedBook first = awaitRound(id, 1);
		this.api.as("county-620602", post("/api/v1/applications/" + id + "/decisions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"RETURN\",\"opinion\":\"请补充研发费用说明\",\"target\":\"APPLICANT\"}"))
			.andExpect(status().isOk());
		// while returned the unit sees its draft, the reviewer the last sealed round
		assertThat(text(book(applicant, id))).contains("草稿预览");
		this.api.as("county-620602", get("/api/v1/applications/" + id + "/book"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + first.sha256() + "\""));

		this.api.as(applicant, post("/api/v1/applications/" + id + "/submit")).andExpect(status().isOk());
		SealedBook second = awaitRound(id, 2);
		assertThat(second.sha256()).isNotEqualTo(first.sha256());
		this.api.as(applicant, get("/api/v1/applications/" + id + "/book"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + second.sha256() + "\""));
		// both rounds still verify
		verify(this.api.as("county-620602", get("/api/v1/applications/" + id + "/book")).andReturn().getResponse()
			.getContentAsByteArray()).andExpect(jsonPath("$.intact").value(true));
		assertThat(this.audit.about("application:" + id)).extracting(entry -> entry.action() + " " + entry.detail())
			.contains("DOWNLOAD 申报书 round 1", "DOWNLOAD 申报书 round 2", "DOWNLOAD 申报书 draft");
	}

	@Test
	void theReceiptShowsTheSubmissionAndTheHashOfTheSealedBook() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		SealedBook sealed = awaitRound(id, 1);
		jakarta.servlet.http.Cookie session = login(applicant);
		String page = this.mvc.perform(get("/applications/" + id + "/receipt").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("申报回执", "ETC2026-" + String.format("%06d", id), sealed.sha256(),
				"2026年甘肃省工业和信息化厅企业技术中心申报");
		byte[] pdf = this.mvc.perform(get("/applications/" + id + "/receipt/pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("申报回执", sealed.sha256(), applicant + " 科技有限公司");
		assertThat(this.audit.about("application:" + id)).extracting(entry -> entry.detail()).contains("回执 round 1");
		String stranger = newApplicant();
		this.mvc.perform(get("/applications/" + id + "/receipt").cookie(login(stranger)))
			.andExpect(status().isNotFound());
		// the page link downloads the same sealed book as the API
		this.mvc.perform(get("/applications/" + id + "/book").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + sealed.sha256() + "\""));
	}

	@Test
	void theVerificationPageIsPublic() throws Exception {
		this.mvc.perform(get("/books/verify")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("申报书校验")));
	}

	private SealedBook awaitRound(long id, int round) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> this.jdbc.sql("""
				SELECT application_id, round, file_id, sha256, signed_at, program_code, unit_name
				FROM sealed_book WHERE application_id = :id AND round = :round
				""").param("id", id).param("round", round).query((row, number) -> new SealedBook(row.getLong(1),
				row.getInt(2), row.getObject(3, java.util.UUID.class), row.getString(4),
				row.getObject(5, java.time.OffsetDateTime.class).toInstant(), row.getString(6), row.getString(7)))
			.optional()
			.orElse(null), java.util.Objects::nonNull);
	}

	private jakarta.servlet.http.Cookie login(String username) throws Exception {
		return this.mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin()
			.user(username)
			.password(ApplicantApi.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
	}

	private byte[] book(String user, long id) throws Exception {
		return this.api.as(user, get("/api/v1/applications/" + id + "/book"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private org.springframework.test.web.servlet.ResultActions verify(byte[] pdf) throws Exception {
		return this.mvc.perform(multipart("/api/v1/books/verification")
			.file(new MockMultipartFile("file", "book.pdf", "application/pdf", pdf)));
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private String newApplicant() {
		String username = "book-" + (++units) + "-" + System.nanoTime() % 100000;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username,
				ApplicantApi.creditCode("620602", 700_000 + (int) (System.nanoTime() % 90_000)), "620602");
		return username;
	}


}
