package shenbao.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SPEC §10: the open API is documented by OpenAPI at /v3/api-docs, every call built so far included. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyOpenApiCallBuiltSoFarIsDocumented() throws Exception {
		var docs = this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		for (String path : new String[] { "/api/v1/auth/token", "/api/v1/registrations", "/api/v1/programs",
				"/api/v1/programs/{code}", "/api/v1/applications", "/api/v1/applications/{id}",
				"/api/v1/applications/{id}/values", "/api/v1/applications/{id}/attachments",
				"/api/v1/applications/{id}/submit", "/api/v1/scoring/{programCode}", "/api/v1/reviews/pending",
				"/api/v1/applications/{id}/decisions", "/api/v1/applications/{id}/scores", "/api/v1/quotas",
				"/api/v1/exports/summary" }) {
			docs.andExpect(jsonPath("$.paths['" + path + "']").exists());
		}
		this.mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

}
