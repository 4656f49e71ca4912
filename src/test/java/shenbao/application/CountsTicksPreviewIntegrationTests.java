package shenbao.application;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A COUNTS field whose parts are ticks (smp-2024's 涉及产业类别, twenty BOOLEAN sub-keys): what was ticked is what the
 * 信息预览 (and the reviewers' desk, which shows the same sheet) lists, by label. Fixture units: 441302, 47_7xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CountsTicksPreviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void thePreviewListsTheTickedClustersByLabel() throws Exception {
		String applicant = "ticks-huicheng-1";
		ApplicantApi.createApplicant(this.jdbc, this.encoder, applicant, ApplicantApi.creditCode("441302", 47_701),
				"441302");
		ApplicantApi api = new ApplicantApi(this.mvc);
		String started = api.as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"smp-2024\"}")).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(started, "$.id")).longValue();
		api.as(applicant, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values": {"clusters": {"electronic_information": true, "green_petrochemical": true,
					 "smart_home_appliances": true, "automotive": false}}, "version": 0}
					"""))
			.andExpect(status().isOk());

		this.mvc.perform(get("/applications/" + id + "/preview").cookie(logIn(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("涉及产业类别（最多“√”选 5 项）"),
					containsString("电子信息、绿色石化、智能家电"), not(containsString("汽车产业")),
					not(containsString("电子信息 true")))));
	}

	@Test
	void thePreviewAndTheReviewersDeskShowTheFiguresOfACountsField() throws Exception {
		String applicant = "ticks-liangzhou-1";
		ApplicantApi.createApplicant(this.jdbc, this.encoder, applicant, ApplicantApi.creditCode("620602", 47_702),
				"620602");
		// fillEtcCompletely stores patent_applications as {"invention": 1}
		long id = new ApplicantApi(this.mvc).submittedEtc(applicant);
		String counts = "<span class=\"preview-part\">发明专利 1</span>";
		this.mvc.perform(get("/applications/" + id + "/preview").cookie(logIn(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(counts)));
		this.mvc.perform(get("/review/applications/" + id).cookie(logIn("county-620602")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(counts)));
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
