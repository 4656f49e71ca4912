package shenbao.expert;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import shenbao.application.ApplicantApi;
import shenbao.program.Indicator;
import shenbao.program.Programs;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 专家评审 pages as a signed-in browser uses them (session cookie, CSRF, plain forms) on PostgreSQL, with a
 * fully filled and submitted application whose evidence the assigned expert opens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExpertPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Programs programs;

	@Test
	void theProvinceAssignsOnThePanelPageAndTheExpertScoresWithTheEvidenceAtHand() throws Exception {
		String program = "etc-2026";
		ApplicantApi api = new ApplicantApi(this.mvc);
		String applicant = "expert-page-applicant";
		ApplicantApi.createApplicant(this.jdbc, this.encoder, applicant, ApplicantApi.creditCode("620102", 27_900),
				"620102");
		long id = api.submittedEtc(applicant);
		this.jdbc.sql("UPDATE application SET status = 'EXPERT_REVIEW' WHERE id = :id").param("id", id).update();
		String expert = ExpertFixtures.expert(this.jdbc, this.encoder, "页面评审专家");
		String other = ExpertFixtures.expert(this.jdbc, this.encoder, "页面旁观专家");
		long expertId = ExpertFixtures.accountId(this.jdbc, expert);

		Cookie province = logIn("province");
		post(province, "/expert/panels/" + program + "/members", "expertId", String.valueOf(expertId))
			.andExpect(redirectedUrl("/expert/panels/" + program));
		post(province, "/expert/panels/" + program + "/assignments", "applicationId", String.valueOf(id), "expertId",
				String.valueOf(expertId))
			.andExpect(redirectedUrl("/expert/panels/" + program));
		page(province, "/expert/panels/" + program).andExpect(status().isOk())
			.andExpect(text("页面评审专家", "1 / 15", "expert-page-applicant 科技有限公司", "手动分配", "结束评审"));
		page(province, "/expert/panels").andExpect(status().isOk()).andExpect(text("企业技术中心"));
		page(province, "/expert/experts").andExpect(status().isOk()).andExpect(text("页面评审专家", "关联单位"));
		page(logIn("city-620100"), "/expert/panels/" + program).andExpect(status().isNotFound());

		Cookie session = logIn(expert);
		page(session, "/expert/reviews").andExpect(status().isOk())
			.andExpect(text("expert-page-applicant 科技有限公司", "待评分"));
		String detail = page(session, "/expert/reviews/" + id).andExpect(status().isOk())
			.andExpect(text("研发人员人均研发经费支出", "申请回避", "提交评分"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the evidence opens for the assigned expert only
		String fileId = JsonPath.read(api.as(applicant, get("/api/v1/applications/" + id)).andReturn()
			.getResponse()
			.getContentAsString(), "$.attachments[0].fileId");
		org.assertj.core.api.Assertions.assertThat(detail).contains("/files/" + fileId);
		this.mvc.perform(get("/files/" + fileId).cookie(session)).andExpect(status().isOk());
		api.as(expert, get("/api/v1/files/" + fileId)).andExpect(status().isOk());
		api.as(other, get("/api/v1/files/" + fileId)).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/" + fileId).cookie(logIn(other))).andExpect(status().isNotFound());

		// a refused score keeps what was typed; a valid one is saved
		Indicator indicator = this.programs.get(program).indicators().getFirst();
		String over = indicator.max().add(java.math.BigDecimal.ONE).toPlainString();
		post(session, "/expert/reviews/" + id + "/scores", "s." + indicator.key(), over, "action", "save")
			.andExpect(status().isOk())
			.andExpect(text("的评分须在 0 到", "value=\"" + over + "\""));
		post(session, "/expert/reviews/" + id + "/scores", "s." + indicator.key(), "2.5", "action", "save")
			.andExpect(redirectedUrl("/expert/reviews/" + id));
		page(session, "/expert/reviews/" + id).andExpect(text("评分已保存", "value=\"2.5\""));
		post(session, "/expert/reviews/" + id + "/scores", "s." + indicator.key(), "2.5", "action", "submit")
			.andExpect(status().isOk())
			.andExpect(text("提交前请为每项指标评分"));

		// declaring a conflict removes the assignment: the page and the evidence are gone
		post(session, "/expert/reviews/" + id + "/conflict", "reason", "曾在该单位兼职").andExpect(redirectedUrl("/expert/reviews"));
		page(session, "/expert/reviews").andExpect(text("已申请回避"))
			.andExpect(content().string(not(containsString("/expert/reviews/" + id + "\""))));
		page(session, "/expert/reviews/" + id).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/" + fileId).cookie(session)).andExpect(status().isNotFound());
		page(province, "/expert/experts").andExpect(text("曾在该单位兼职"));
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private ResultActions page(Cookie session, String path) throws Exception {
		return this.mvc.perform(get(path).cookie(session));
	}

	private ResultActions post(Cookie session, String path, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.cookie(session)
			.with(csrf());
		for (int index = 0; index < parameters.length; index += 2) {
			request.param(parameters[index], parameters[index + 1]);
		}
		return this.mvc.perform(request);
	}

	private static ResultMatcher text(String... parts) {
		return content().string(allOf(java.util.Arrays.stream(parts).map(part -> containsString(part))
			.toArray(org.hamcrest.Matcher[]::new)));
	}

}
