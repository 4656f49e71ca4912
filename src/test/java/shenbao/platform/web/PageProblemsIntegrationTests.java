package shenbao.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A refusal on a page is a Chinese page with the right status, never Boot's English Whitelabel page. */
@SpringBootTest
@AutoConfigureMockMvc
class PageProblemsIntegrationTests {

	@Autowired
	MockMvc mvc;

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signedIn(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		// sessions live in Spring Session JDBC: the login's SESSION cookie is what carries them
		jakarta.servlet.http.Cookie cookie = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user("applicant")
				.password("Demo@2026"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		return request.cookie(cookie);
	}

	@Test
	void anApplicationOutsideTheCallersScopeIsAChineseNotFoundPage() throws Exception {
		this.mvc.perform(signedIn(get("/applications/987654321")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到该申报，或您无权查看")))
			.andExpect(content().string(containsString("退出")))
			.andExpect(content().string(not(containsString("Whitelabel"))));
	}

	@Test
	void aMalformedIdInAPathIsNotFoundRatherThanAFailure() throws Exception {
		this.mvc.perform(signedIn(get("/applications/not-a-number")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("页面不存在或无权查看")));
	}

	@Test
	void anAddressNothingAnswersIsAChineseNotFoundPageOrProblem() throws Exception {
		this.mvc.perform(signedIn(get("/no-such-page")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("页面不存在或无权查看")));
		this.mvc.perform(get("/api/v1/no-such-call").header("Authorization", "Bearer x"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("No static resource"))));
	}

	@Test
	void anUnknownProgramIsAChineseNotFoundPage() throws Exception {
		this.mvc.perform(signedIn(get("/programs/etc-1999")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("专题 etc-1999 不存在")));
	}

}
