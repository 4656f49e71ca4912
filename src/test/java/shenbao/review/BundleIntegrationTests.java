package shenbao.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 批量下载 (SPEC §12) on PostgreSQL: the zip of a reviewer's filtered list holds the sealed 申报书 (byte for byte) and the
 * letters of the list's county and city, says in its 清单 which application has no book, leaves out whatever the
 * caller may not see, and is in the audit record. Units are named "bundle-…" (credit codes 35 100+).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleIntegrationTests {

	private static final String FILTER = "?tab=all&program=etc-2026&name=bundle-";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RecommendationLetters letters;

	long submitted;

	long unsealed;

	long elsewhere;

	@BeforeAll
	void data() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		ApplicantApi.createApplicant(this.jdbc, this.encoder, "bundle-a", ApplicantApi.creditCode("620602", 35_101),
				"620602");
		this.submitted = api.submittedEtc("bundle-a");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc
			.sql("SELECT COUNT(*) FROM sealed_book WHERE application_id = :id")
			.param("id", this.submitted)
			.query(Long.class)
			.single() > 0);
		this.unsealed = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		this.elsewhere = ReviewFixtures.application(this.jdbc, "etc-2026", "620102", "620100", "COUNTY_REVIEW");
		this.jdbc.sql("UPDATE application SET unit_name = 'bundle-b 研究院' WHERE id = :id").param("id", this.unsealed)
			.update();
		this.jdbc.sql("UPDATE application SET unit_name = 'bundle-c 城关公司' WHERE id = :id")
			.param("id", this.elsewhere)
			.update();
		this.letters.upload(ReviewFixtures.reviewer(this.jdbc, "county-620602"), "etc-2026",
				new ByteArrayInputStream(ApplicantApi.pdf(5_000)), "凉州区打包推荐函.pdf");
		this.letters.upload(ReviewFixtures.reviewer(this.jdbc, "county-620102"), "etc-2026",
				new ByteArrayInputStream(ApplicantApi.pdf(5_000)), "城关区打包推荐函.pdf");
	}

	@Test
	void theCountysZipHoldsItsSealedBooksLettersAndAManifest() throws Exception {
		MvcResult result = this.mvc.perform(get("/review/bundle" + FILTER).cookie(logIn("county-620602")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		Map<String, byte[]> zip = unzip(result.getResponse().getContentAsByteArray());

		String number = "ETC2026-" + String.format("%06d", this.submitted);
		String book = "申报书/" + number + "_bundle-a 科技有限公司.pdf";
		assertThat(zip).containsKey(book);
		String sha256 = this.jdbc.sql("SELECT sha256 FROM sealed_book WHERE application_id = :id ORDER BY round DESC")
			.param("id", this.submitted)
			.query(String.class)
			.list()
			.getFirst();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.get(book))))
			.isEqualTo(sha256);
		assertThat(zip.keySet()).anyMatch(name -> name.startsWith("推荐函/etc-2026/凉州区_")
				&& name.endsWith("凉州区打包推荐函.pdf"))
			.noneMatch(name -> name.contains("城关区"))
			.noneMatch(name -> name.contains("bundle-c"));

		String manifest = new String(zip.get("清单.txt"), StandardCharsets.UTF_8);
		assertThat(manifest).contains(number + "\tbundle-a 科技有限公司\t待县区审核\t" + book)
			.contains("bundle-b 研究院\t待县区审核\t无申报书（未提交）")
			.doesNotContain("bundle-c");

		String detail = this.jdbc.sql("""
				SELECT detail FROM audit_record WHERE action = 'REVIEW_BUNDLE_DOWNLOAD' AND actor_name = '凉州区工信局'
				ORDER BY id DESC
				""").query(String.class).list().getFirst();
		assertThat(detail).contains("applications 2").contains("without book 1").contains(String.valueOf(this.submitted));
	}

	@Test
	void theCityGetsItsCountysLettersAndTheProvinceEverything() throws Exception {
		Map<String, byte[]> city = unzip(this.mvc.perform(get("/review/bundle" + FILTER).cookie(logIn("city-620600")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(city.keySet()).anyMatch(name -> name.endsWith("凉州区打包推荐函.pdf"))
			.noneMatch(name -> name.endsWith("城关区打包推荐函.pdf"));
		assertThat(new String(city.get("清单.txt"), StandardCharsets.UTF_8)).doesNotContain("bundle-c");

		Map<String, byte[]> province = unzip(this.mvc
			.perform(get("/review/bundle" + FILTER).cookie(logIn("province")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(province.keySet()).anyMatch(name -> name.endsWith("凉州区打包推荐函.pdf"))
			.anyMatch(name -> name.endsWith("城关区打包推荐函.pdf"));
		assertThat(new String(province.get("清单.txt"), StandardCharsets.UTF_8)).contains("bundle-c 城关公司");
	}

	@Test
	void anEmptyListComesBackToTheListWithAMessage() throws Exception {
		Cookie other = logIn("county-620102");
		this.mvc.perform(get("/review/bundle?tab=all&program=etc-2026&name=bundle-a").cookie(other))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/review?tab=all&program=etc-2026&name=bundle-a"));
		this.mvc.perform(get("/review?tab=all&program=etc-2026&name=bundle-a").cookie(other))
			.andExpect(content().string(containsString("当前列表没有申报，无可下载的文件。")));
		// an applicant is no reviewer: there is no such page
		this.mvc.perform(get("/review/bundle").cookie(logIn("bundle-a"))).andExpect(status().isNotFound());
	}

	@Test
	void theListOffersTheZipOfItsFilters() throws Exception {
		this.mvc.perform(get("/review" + FILTER).cookie(logIn("county-620602")))
			.andExpect(content().string(containsString(
					"href=\"/review/bundle?tab=all&amp;program=etc-2026&amp;region=&amp;name=bundle-\"")))
			.andExpect(content().string(containsString("下载本列表的申报书和推荐函（zip，2 项）")));
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
