package shenbao.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Web-jar links carry the jar's version (a new file after an upgrade); other links are written as they are. */
@SpringBootTest
@AutoConfigureMockMvc
class WebJarLinksIntegrationTests {

	private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void aWebJarLinkGetsItsVersionAndStillServesTheFileWhileOtherLinksStayAsWritten() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher htmx = HTMX.matcher(page);
		assertThat(htmx.find()).as("htmx script on the login page").isTrue();
		assertThat(htmx.group(1)).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
		this.mvc.perform(get(htmx.group(1))).andExpect(status().isOk());
		// the version-less address serves the same file, for a page cached from before an upgrade
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		assertThat(page).contains("href=\"/register\"").contains("href=\"/css/app.css\"");
	}

}
