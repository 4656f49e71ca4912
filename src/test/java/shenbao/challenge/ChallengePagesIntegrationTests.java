package shenbao.challenge;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 揭榜挂帅 pages for each role: the province's 榜单 and project pages, the applicant's tasks (with the scheme's
 * validity), confirmations and progress, the city's region report; every page refuses the other roles with 404, and
 * the header links to them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChallengePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void eachRoleSeesItsOwnPagesAndNoOneElses() throws Exception {
		Cookie province = logIn("province");
		Cookie city = logIn("city-620600");
		Cookie applicant = logIn("applicant");
		this.mvc.perform(get("/challenge/board").param("year", "2025").cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("高性能镍基合金粉末制备关键技术")))
			.andExpect(content().string(containsString("发布后不可修改")))
			.andExpect(content().string(containsString("href=\"/challenge/projects\"")));
		this.mvc.perform(get("/challenge/projects").cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各市州进展上报")));
		this.mvc.perform(get("/challenge/tasks").cookie(applicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有效期3年，至2028年2月17日止")))
			.andExpect(content().string(containsString("申请揭榜")))
			.andExpect(content().string(containsString("href=\"/challenge/confirmations\"")));
		this.mvc.perform(get("/challenge/confirmations").cookie(applicant)).andExpect(status().isOk());
		this.mvc.perform(get("/challenge/progress").cookie(applicant)).andExpect(status().isOk());
		this.mvc.perform(get("/challenge/region").cookie(city))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12月10日前上报省工信厅")));
		for (String path : new String[] { "/challenge/board", "/challenge/projects" }) {
			this.mvc.perform(get(path).cookie(city)).andExpect(status().isNotFound());
			this.mvc.perform(get(path).cookie(applicant)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/challenge/region").cookie(province)).andExpect(status().isNotFound());
		this.mvc.perform(get("/challenge/confirmations").cookie(city)).andExpect(status().isNotFound());
		this.mvc.perform(get("/challenge/progress").cookie(province)).andExpect(status().isNotFound());
	}

	@Test
	void theProvinceAddsATaskOnThePageAndARefusalIsShownThere() throws Exception {
		Cookie province = logIn("province");
		this.mvc.perform(post("/challenge/board/2026/tasks").cookie(province).with(csrf())
				.param("code", "JBGS2026-PAGE").param("field", "生物医药").param("kind", "重点产品")
				.param("title", "创新中药制剂中试验证").param("content", "建设中试平台")
				.param("targetIndicators", "完成 3 个品种中试").param("timeLimit", "2年"))
			.andExpect(redirectedUrl("/challenge/board?year=2026"));
		this.mvc.perform(get("/challenge/board").param("year", "2026").cookie(province))
			.andExpect(content().string(containsString("创新中药制剂中试验证")))
			.andExpect(content().string(containsString("发布榜单")));
		// the year has no program: publishing is refused and the reason shown
		var flash = this.mvc.perform(post("/challenge/board/2026/publication").cookie(province).with(csrf()))
			.andExpect(redirectedUrl("/challenge/board?year=2026"))
			.andReturn().getFlashMap();
		org.assertj.core.api.Assertions.assertThat(String.valueOf(flash.get("problem"))).contains("jbgs-2026");
		// an applicant does not see the unpublished board among the tasks
		this.mvc.perform(get("/challenge/tasks").cookie(logIn("applicant")))
			.andExpect(content().string(not(containsString("创新中药制剂中试验证"))));
	}

	@Test
	void aParticipantConfirmsOnItsPageAndTheLeadSeesIt() throws Exception {
		var lead = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-page-lead");
		var partner = ChallengeFixtures.unit(this.jdbc, this.encoder, "jbgs-page-partner");
		ApplicantApi api = new ApplicantApi(this.mvc);
		long id = ChallengeFixtures.started(api, lead.username());
		ChallengeFixtures.save(api, lead.username(), id,
				"{\"participants\": [" + ChallengeFixtures.participant("页面伙伴研究院", partner.creditCode()) + "]}");
		Cookie partnerSession = logIn(partner.username());
		this.mvc.perform(get("/challenge/confirmations").cookie(partnerSession))
			.andExpect(content().string(containsString("JBGS2025-" + String.format("%06d", id))))
			.andExpect(content().string(containsString("待确认")));
		this.mvc.perform(post("/challenge/confirmations/" + id + "/confirm").cookie(partnerSession).with(csrf()))
			.andExpect(redirectedUrl("/challenge/confirmations"));
		this.mvc.perform(get("/challenge/tasks").cookie(logIn(lead.username())))
			.andExpect(content().string(containsString("JBGS2025-" + String.format("%06d", id))))
			.andExpect(content().string(containsString("/challenge/consortia/" + id)));
		this.mvc.perform(get("/challenge/consortia/" + id).cookie(logIn(lead.username())))
			.andExpect(content().string(containsString("页面伙伴研究院")))
			.andExpect(content().string(containsString("已确认")));
		// someone else's application is not found
		this.mvc.perform(get("/challenge/consortia/" + id).cookie(partnerSession)).andExpect(status().isNotFound());
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
