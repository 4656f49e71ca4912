package shenbao.portal;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
 * Issue 7 point 3 on PostgreSQL: the public portal without a login (home, 申报通知 with filters, search, contacts) and
 * the province's back office, whose rich text is sanitised before any page shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHomeShowsTheSectionsAndALoginEntryPerUserTypeWithoutALogin() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("申报通知"), containsString("政策文件"),
					containsString("结果公示"), containsString("服务指南"), containsString("申报单位登录"),
					containsString("审核人员登录"), containsString("评审专家登录"), containsString("href=\"/register\""),
					containsString("2026年甘肃省工业和信息化厅企业技术中心申报"))));
		this.mvc.perform(get("/portal/contacts"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("武威市工信局"), containsString("赵亮亮"),
					containsString("0935-6976351"), containsString("兰州新区工信和数据局"),
					containsString("0931-8929212"))));
	}

	@Test
	void richTextIsSanitisedSoAScriptNeverReachesThePage() throws Exception {
		Cookie province = logIn("province");
		String body = "<h2>第一条</h2><p onclick=\"steal()\">正文段落<script>alert('x')</script></p>"
				+ "<a href=\"javascript:alert(1)\">坏链接</a><a href=\"https://gxt.gansu.gov.cn/\">工信厅</a>"
				+ "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>";
		String location = this.mvc.perform(post("/portal/admin/items").cookie(province).with(csrf())
				.param("kind", "POLICY").param("title", "关于净化测试的政策文件").param("body", body))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/items/(\\d+).*", "$1"));
		String stored = this.jdbc.sql("SELECT body_html FROM portal_item WHERE id = :id").param("id", id)
			.query(String.class).single();
		assertThat(stored).doesNotContain("<script", "onclick", "javascript:", "<iframe", "<style")
			.contains("<h2>第一条</h2>", "正文段落", "href=\"https://gxt.gansu.gov.cn/\"");
		this.mvc.perform(get("/portal/policies/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2>第一条</h2>"), containsString("正文段落"),
					not(containsString("alert(")), not(containsString("steal()")), not(containsString("evil.example")),
					not(containsString("display:none")))));
		// the back office shows the stored (clean) text back in its form, escaped
		this.mvc.perform(get("/portal/admin/items/" + id).param("kind", "POLICY").cookie(province))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void searchFindsANoticeAndAPolicyAndTheNoticesFilterByFieldAndType() throws Exception {
		Cookie province = logIn("province");
		this.mvc.perform(post("/portal/admin/items").cookie(province).with(csrf())
				.param("kind", "POLICY").param("title", "甘肃省企业技术中心认定管理办法（搜索测试）")
				.param("body", "<p>第七条 申报条件……</p>"))
			.andExpect(status().isFound());
		this.mvc.perform(post("/portal/admin/items").cookie(province).with(csrf())
				.param("kind", "NOTICE").param("title", "关于开展星火专项申报的通知").param("body", "<p>星火专项</p>")
				.param("field", "SMART_MANUFACTURING").param("type", "FUNDING"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/portal/search").param("q", "企业技术中心"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("甘肃省企业技术中心认定管理办法（搜索测试）"),
					containsString("/portal/notices/programs/etc-2026"), containsString("政策文件"),
					containsString("申报通知"))));
		this.mvc.perform(get("/portal/search").param("q", "星火"))
			.andExpect(content().string(containsString("关于开展星火专项申报的通知")));

		this.mvc.perform(get("/portal/notices").param("field", "SMART_MANUFACTURING"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("关于开展星火专项申报的通知"),
					containsString("smp-2024"), not(containsString("/portal/notices/programs/etc-2026")))));
		this.mvc.perform(get("/portal/notices").param("type", "FUNDING").header("HX-Request", "true"))
			.andExpect(content().string(allOf(containsString("id=\"notice-results\""),
					containsString("关于开展星火专项申报的通知"), not(containsString("smp-2024")),
					not(containsString("<html")))));
		this.mvc.perform(get("/portal/notices").param("status", "OPEN"))
			.andExpect(content().string(allOf(containsString("/portal/notices/programs/etc-2026"),
					not(containsString("关于开展星火专项申报的通知")))));
	}

	@Test
	void aGuideIsDownloadedByAnyoneAndOnlyTheProvinceEditsThePortal() throws Exception {
		Cookie province = logIn("province");
		String location = this.mvc.perform(post("/portal/admin/items").cookie(province).with(csrf())
				.param("kind", "GUIDE").param("title", "申报操作手册").param("body", "<p>操作步骤</p>"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/items/(\\d+).*", "$1"));
		this.mvc.perform(multipart("/portal/admin/items/" + id + "/file")
				.file(new MockMultipartFile("file", "申报操作手册.pdf", "application/pdf", ApplicantApi.pdf(5_000)))
				.cookie(province).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/portal/guides/" + id + "/file"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/portal/guides")).andExpect(content().string(containsString("申报操作手册")));

		this.mvc.perform(get("/portal/admin")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		for (String username : new String[] { "applicant", "city-620100", "expert1" }) {
			Cookie session = logIn(username);
			this.mvc.perform(get("/portal/admin").cookie(session)).andExpect(status().isNotFound());
			this.mvc.perform(post("/portal/admin/items").cookie(session).with(csrf())
					.param("kind", "POLICY").param("title", "越权发布").param("body", "<p>x</p>"))
				.andExpect(status().isNotFound());
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM portal_item WHERE title = '越权发布'").query(Long.class).single())
			.isZero();
		this.mvc.perform(get("/portal/admin").cookie(province)).andExpect(status().isOk())
			.andExpect(content().string(containsString("申报操作手册")));
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
