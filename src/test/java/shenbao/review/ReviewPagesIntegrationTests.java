package shenbao.review;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.platform.Platform;
import shenbao.program.Programs;
import shenbao.program.Windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 推荐函 and 审核设置 pages as a signed-in browser uses them (session cookie, CSRF token, plain forms and htmx), with
 * the demo reviewers on PostgreSQL.
 */
@org.springframework.context.annotation.Import(shenbao.MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPagesIntegrationTests {

	private static final String NOT_PDF = "只能上传 PDF 文件";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	MutableClock clock;

	@Test
	void eachReviewerSeesTheLettersOfItsOwnRegionAndTheLevelsBelow() throws Exception {
		Cookie county = logIn("county-620602");
		upload(county, "tide-2024", "凉州区推荐函（页面）.pdf", ApplicantApi.pdf(130_000))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/review/letters#letters-tide-2024"));
		Cookie city = logIn("city-620600");
		upload(city, "tide-2024", "武威市推荐函（页面）.pdf", ApplicantApi.pdf(4_000)).andExpect(status().isFound());

		page(county, "/review/letters").andExpect(status().isOk())
			.andExpect(text("凉州区推荐函（页面）.pdf", "0.12 MB", "甘肃省 武威市 凉州区", "凉州区工信局", "上传区推荐函"))
			.andExpect(content().string(not(containsString("武威市推荐函（页面）.pdf"))));
		page(logIn("county-620102"), "/review/letters").andExpect(status().isOk())
			.andExpect(content().string(not(containsString("凉州区推荐函（页面）.pdf"))));
		page(city, "/review/letters")
			.andExpect(text("凉州区推荐函（页面）.pdf", "武威市推荐函（页面）.pdf", "3.9 KB", "上传市推荐函"));
		page(logIn("city-620100"), "/review/letters")
			.andExpect(content().string(not(containsString("凉州区推荐函（页面）.pdf"))))
			.andExpect(content().string(not(containsString("武威市推荐函（页面）.pdf"))));
		page(logIn("province"), "/review/letters")
			.andExpect(text("凉州区推荐函（页面）.pdf", "武威市推荐函（页面）.pdf"))
			.andExpect(content().string(not(containsString("上传区推荐函"))))
			.andExpect(content().string(not(containsString("上传市推荐函"))));
	}

	@Test
	void theLevelAboveOpensALetterInlineAndOthersGetNotFound() throws Exception {
		Cookie county = logIn("county-620602");
		upload(county, "smp-2024", "ignored.pdf", ApplicantApi.pdf(3_000)).andExpect(status().isNotFound());
		upload(county, "tide-2024", "预览用推荐函.pdf", ApplicantApi.pdf(3_000)).andExpect(status().isFound());
		long letter = this.jdbc.sql("SELECT id FROM recommendation_letter WHERE filename = '预览用推荐函.pdf'")
			.query(Long.class).single();
		String fileId = this.jdbc.sql("SELECT stored_file_id::text FROM recommendation_letter WHERE id = :id")
			.param("id", letter).query(String.class).single();
		Cookie city = logIn("city-620600");
		page(city, "/review/letters/" + letter).andExpect(status().isOk())
			.andExpect(text("<iframe", "src=\"/files/" + fileId + "\"", "凉州区推荐函：预览用推荐函.pdf"));
		this.mvc.perform(get("/review/letters/" + letter).cookie(city).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section class=\"preview\"")));
		page(city, "/files/" + fileId).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		page(logIn("county-620102"), "/review/letters/" + letter).andExpect(status().isNotFound())
			.andExpect(text("推荐函不存在"));
		page(logIn("county-620102"), "/files/" + fileId).andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedOnThePageWithTheReason() throws Exception {
		Cookie county = logIn("county-620602");
		page(county, "/review/letters").andExpect(text("单个文件不超过 20 MB", "data-max-size=\"20971520\"",
				"推荐函上传截止时间：" + shown(windows("etc-2026").lettersClose()), "本专题未规定推荐函上传截止时间"));

		upload(county, "tide-2024", "推荐函.pdf", "MZ this is a program".getBytes()).andExpect(status().isOk())
			.andExpect(text(NOT_PDF, "form__field--error", "<details open"));
		this.mvc.perform(multipart("/review/letters").file(file("推荐函.pdf", "GIF89a".getBytes()))
			.param("program", "tide-2024")
			.cookie(county)
			.with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section class=\"panel\" id=\"letters-tide-2024\"")))
			.andExpect(text(NOT_PDF))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(multipart("/review/letters").param("program", "tide-2024").cookie(county).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(text("请选择要上传的推荐函文件"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM recommendation_letter WHERE filename = '推荐函.pdf'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void afterTheLettersDeadlineTheFormGivesWayAndAnUploadIsRefused() throws Exception {
		Cookie city = logIn("city-620600");
		LocalDateTime closes = windows("etc-2026").lettersClose();
		String closed = "推荐函已于 " + shown(closes) + " 截止上传";
		page(city, "/review/letters").andExpect(content().string(not(containsString(closed))));
		Duration shift = Duration.between(LocalDateTime.now(this.clock.withZone(Platform.ZONE)), closes);
		this.clock.advance(shift);
		try {
			page(city, "/review/letters").andExpect(text(closed));
			upload(city, "etc-2026", "迟到的推荐函.pdf", ApplicantApi.pdf(3_000)).andExpect(status().isOk())
				.andExpect(text(closed, "alert alert--error"));
		}
		finally {
			this.clock.advance(shift.negated());
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM recommendation_letter WHERE filename = '迟到的推荐函.pdf'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aCitySavesDeadlinesInsideTheProvincesAndSeesThemInForce() throws Exception {
		Windows province = windows("itc-2024");
		String applyCloses = shown(province.apply().closes());
		Cookie city = logIn("city-620600");
		page(city, "/review/settings").andExpect(status().isOk())
			.andExpect(text("审核设置", "2024年甘肃省省级行业技术中心", "需要（本专题须经县区审核）",
					"申报截止：" + applyCloses + "；省级规定：" + shown(province.cityCloses()) + "；当前生效："
							+ shown(province.cityCloses())))
			.andExpect(content().string(not(containsString("智能制造生态合作伙伴"))));

		LocalDateTime cityCloses = province.cityCloses().minusDays(3);
		LocalDateTime countyCloses = province.apply().closes().plusDays(4).plusHours(18);
		save(city, "itc-2024", "", countyCloses.toString(), cityCloses.toString()).andExpect(status().isFound())
			.andExpect(redirectedUrl("/review/settings#settings-itc-2024"));

		page(city, "/review/settings").andExpect(text("审核设置已保存", "value=\"" + cityCloses + "\"",
				"value=\"" + countyCloses + "\"", "当前生效：" + shown(cityCloses), "当前生效：" + shown(countyCloses)));
		assertThat(this.jdbc.sql("""
				SELECT city_closes FROM review_city_setting WHERE program_code = 'itc-2024' AND city_code = '620600'
				""").query(LocalDateTime.class).single()).isEqualTo(cityCloses);
	}

	@Test
	void refusedSettingsAreExplainedAtTheirFieldWithWhatWasTypedKept() throws Exception {
		Windows province = windows("itc-2024");
		String applyCloses = shown(province.apply().closes());
		Cookie city = logIn("city-620100");
		LocalDateTime tooLate = province.cityCloses().plusYears(1);
		String cityRefusal = "市州截止时间 " + shown(tooLate) + " 须在申报截止（" + applyCloses + "）与省级规定的市州截止时间（"
				+ shown(province.cityCloses()) + "）之间";
		save(city, "itc-2024", "", "", tooLate.toString()).andExpect(status().isOk())
			.andExpect(text(cityRefusal, "提交的内容有以下问题", "href=\"#cityCloses-itc-2024\"",
					"value=\"" + tooLate + "\""));
		LocalDateTime cityCloses = province.cityCloses().minusDays(6);
		LocalDateTime countyCloses = province.cityCloses().minusDays(2).plusHours(12);
		save(city, "itc-2024", "", countyCloses.toString(), cityCloses.toString()).andExpect(status().isOk())
			.andExpect(text("县区截止时间 " + shown(countyCloses) + " 须在申报截止（" + applyCloses + "）与市州截止时间（"
					+ shown(cityCloses) + "）之间", "href=\"#countyCloses-itc-2024\"",
					"value=\"" + countyCloses + "\"", "value=\"" + cityCloses + "\""));
		save(city, "itc-2024", "", "", "下周一").andExpect(status().isOk())
			.andExpect(text("请输入有效的日期和时间", "value=\"下周一\""));
		this.mvc.perform(post("/review/settings/itc-2024").cookie(city).with(csrf()).header("HX-Request", "true")
			.param("cityCloses", tooLate.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section class=\"panel\" id=\"settings-itc-2024\"")))
			.andExpect(text(cityRefusal))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM review_city_setting WHERE city_code = '620100' AND program_code = 'itc-2024'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aGuangdongCityChoosesWhetherItsCountiesReviewWhereTheProgramLetsIt() throws Exception {
		Cookie city = logIn("city-441300");
		page(city, "/review/settings").andExpect(text("2024年广东省智能制造生态合作伙伴申报", "id=\"countyReview-smp-2024\""))
			.andExpect(content().string(not(containsString("甘肃省"))));
		save(city, "smp-2024", "false", "", "").andExpect(status().isFound());
		page(city, "/review/settings").andExpect(text("<option value=\"false\" selected=\"selected\">不需要</option>"));
		assertThat(this.jdbc.sql("SELECT county_review FROM review_city_setting WHERE city_code = '441300'")
			.query(Boolean.class).single()).isFalse();
		// a Gansu program's county review is not the city's to switch off
		save(logIn("city-620600"), "alliance-2024", "false", "", "").andExpect(status().isFound());
		assertThat(this.jdbc.sql("""
				SELECT county_review IS NULL FROM review_city_setting
				WHERE program_code = 'alliance-2024' AND city_code = '620600'
				""").query(Boolean.class).single()).isTrue();
	}

	@Test
	void onlyReviewersReachTheLettersAndOnlyCountiesAndCitiesUpload() throws Exception {
		Cookie applicant = logIn("applicant");
		page(applicant, "/review/letters").andExpect(status().isNotFound()).andExpect(text("您访问的内容不存在或无权查看"));
		upload(applicant, "tide-2024", "a.pdf", ApplicantApi.pdf(3_000)).andExpect(status().isNotFound());
		upload(logIn("province"), "tide-2024", "a.pdf", ApplicantApi.pdf(3_000)).andExpect(status().isNotFound());
		// the form carries the session's CSRF token; without it nothing is stored
		this.mvc.perform(multipart("/review/letters").file(file("a.pdf", ApplicantApi.pdf(3_000)))
			.param("program", "tide-2024").cookie(logIn("county-620602")))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyCityReviewersReachTheSettingsOfTheirOwnProvince() throws Exception {
		for (String other : new String[] { "county-620602", "province", "applicant" }) {
			Cookie session = logIn(other);
			page(session, "/review/settings").andExpect(status().isNotFound()).andExpect(text("没有可设置的内容"));
			save(session, "etc-2024", "", "", "").andExpect(status().isNotFound());
		}
		save(logIn("city-620600"), "smp-2024", "false", "", "").andExpect(status().isNotFound());
		this.mvc.perform(post("/review/settings/itc-2024").cookie(logIn("city-620600")).param("cityCloses", ""))
			.andExpect(status().isForbidden());
	}

	private Windows windows(String program) {
		return this.programs.get(program).windows();
	}

	private static String shown(LocalDateTime time) {
		return Windows.shown(time);
	}

	private Cookie logIn(String username) throws Exception {
		// sessions live in Spring Session JDBC: the login's SESSION cookie carries them (and their flash messages)
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private ResultActions page(Cookie session, String path) throws Exception {
		return this.mvc.perform(get(path).cookie(session));
	}

	private ResultActions upload(Cookie session, String program, String filename, byte[] content) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/review/letters").file(file(filename, content));
		return this.mvc.perform(request.param("program", program).cookie(session).with(csrf()));
	}

	private ResultActions save(Cookie session, String program, String countyReview, String countyCloses,
			String cityCloses) throws Exception {
		MockHttpServletRequestBuilder request = post("/review/settings/" + program).cookie(session)
			.with(csrf())
			.param("countyReview", countyReview)
			.param("countyCloses", countyCloses)
			.param("cityCloses", cityCloses);
		return this.mvc.perform(request);
	}

	private static MockMultipartFile file(String filename, byte[] content) {
		return new MockMultipartFile("file", filename, "application/pdf", content);
	}

	private static org.springframework.test.web.servlet.ResultMatcher text(String... parts) {
		return content().string(allOf(java.util.Arrays.stream(parts).map(part -> containsString(part))
			.toArray(org.hamcrest.Matcher[]::new)));
	}

}
