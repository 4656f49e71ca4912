package shenbao.application.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.application.Applications;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The htmx autosave of the form page: partial saves, refusals shown at their fields, conflicts offered a choice. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationFormIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	/** Counts reads of whole applications: an autosave reads one before it saves and none after. */
	@MockitoSpyBean
	Applications applications;

	@Test
	void refusalsFromSeveralChecksAtOnceStillSaveEverythingElse() throws Exception {
		Session session = newDraft();
		// an integer with a fraction (refused by the value check) and a self-score over its max (refused by the
		// self-score check) in the same save as a valid figure
		this.mvc.perform(session.autosave("version", "0", "v.rd_staff", "12.5", "s.rd_expense_per_capita", "99",
				"v.rd_expense", "183"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已自动保存")))
			.andExpect(content().string(containsString("应为整数")))
			.andExpect(content().string(containsString("自评分应在 0 到 5 分之间")));
		assertThat(storedValues(session.application())).contains("\"rd_expense\":183").doesNotContain("rd_staff");
	}

	@Test
	void theAutosaveAnswerShowsTheSavedStateWithoutReadingItBack() throws Exception {
		Session session = newDraft();
		// 600 万元 over 20 R&D staff = 30 万元 each: 3 points by the rule, against a self-score of 5
		this.mvc.perform(session.autosave("version", "0", "v.rd_expense", "600", "v.rd_staff", "20",
				"s.rd_expense_per_capita", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-version\" name=\"version\" value=\"1\"")))
			.andExpect(content().string(containsString("<strong>30</strong>")))
			.andExpect(content().string(containsString("按规则计算建议得分 3 分（满分 5 分）")))
			.andExpect(content().string(containsString("自评分与规则计算结果不一致")));
		// the next save builds on the version that answer carried (the page sends every field; one left out is cleared)
		this.mvc.perform(session.autosave("version", "1", "v.rd_expense", "600", "v.rd_staff", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2\"")))
			.andExpect(content().string(containsString("<strong>10</strong>")))
			.andExpect(content().string(containsString("按规则计算建议得分 1 分（满分 5 分）")));
		assertThat(storedValues(session.application())).contains("\"rd_expense\":600").contains("\"rd_staff\":60");
		verify(this.applications, times(2)).get(any(), eq(session.application()));
	}

	/**
	 * Template expressions are compiled after about a hundred runs (spring.thymeleaf.enable-spring-el-compiler): the
	 * form page and its preview must read the same when rendered by compiled expressions as by interpreted ones.
	 */
	@Test
	void theFormAndPreviewReadTheSameOnceTheirExpressionsAreCompiled() throws Exception {
		Session session = newDraft();
		this.mvc.perform(session.autosave("version", "0", "v.rd_expense", "600", "v.rd_staff", "20",
				"v.employees", "300", "v.patent_applications.invention", "2", "s.rd_expense_per_capita", "5"))
			.andExpect(status().isOk());
		String form = page(session, "/applications/" + session.application());
		String preview = page(session, "/applications/" + session.application() + "/preview");
		assertThat(form).contains("<strong>30</strong>");
		for (int round = 0; round < 150; round++) {
			page(session, "/applications/" + session.application());
			page(session, "/applications/" + session.application() + "/preview");
		}
		assertThat(page(session, "/applications/" + session.application())).isEqualTo(form);
		assertThat(page(session, "/applications/" + session.application() + "/preview")).isEqualTo(preview);
	}

	/** The page as rendered, without its CSRF tokens (masked afresh on every render). */
	private String page(Session session, String path) throws Exception {
		return this.mvc.perform(get(path).cookie(session.cookie()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "name=\"csrf-token\"");
	}

	@Test
	void aStaleTabIsToldAndOfferedToKeepItsOwnValues() throws Exception {
		Session session = newDraft();
		this.mvc.perform(session.autosave("version", "0", "v.rd_expense", "100")).andExpect(status().isOk());
		this.mvc.perform(session.autosave("version", "0", "v.rd_expense", "200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内容已在其他窗口或由他人修改")))
			.andExpect(content().string(containsString("data-overwrite-version=\"1\"")))
			.andExpect(content().string(not(containsString("id=\"form-version\""))));
		assertThat(storedValues(session.application())).contains("\"rd_expense\":100");
		// keeping this tab's values saves them over the other tab's, with the version it was offered
		this.mvc.perform(session.autosave("version", "1", "v.rd_expense", "200")).andExpect(status().isOk());
		assertThat(storedValues(session.application())).contains("\"rd_expense\":200");
	}

	private Session newDraft() throws Exception {
		int number = ++units;
		String username = "form-applicant-" + number;
		shenbao.application.ApplicantApi.createApplicant(this.jdbc, this.encoder, username,
				shenbao.application.ApplicantApi.creditCode("620602", 500 + number), "620602");
		Cookie cookie = this.mvc.perform(formLogin().user(username).password("Demo@2026"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String location = this.mvc
			.perform(post("/programs/etc-2026/applications").cookie(cookie).with(csrf()).param("acknowledged", "true"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return new Session(cookie, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
	}

	private String storedValues(long application) {
		return this.jdbc.sql("SELECT form_values FROM application WHERE id = :id")
			.param("id", application)
			.query(String.class)
			.single()
			.replace(" ", "");
	}

	private record Session(Cookie cookie, long application) {

		MockHttpServletRequestBuilder autosave(String... pairs) {
			MockHttpServletRequestBuilder request = post("/applications/" + this.application + "/values").cookie(this.cookie)
				.header("HX-Request", "true")
				.with(csrf());
			for (int index = 0; index < pairs.length; index += 2) {
				request.param(pairs[index], pairs[index + 1]);
			}
			return request;
		}

	}

}
