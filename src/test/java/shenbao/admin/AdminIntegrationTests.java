package shenbao.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 point 5 on PostgreSQL: who may create and manage which accounts (nobody above their own level or outside
 * their region), departments and their responsibility per program, disabling and password resets, and the audit
 * record of each change. Everything goes through the pages, as an administrator's browser would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminIntegrationTests {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time-password__value\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Departments departments;

	@Test
	void aCountyAdminCannotCreateACityUserNorOneForAnotherCounty() throws Exception {
		Cookie county = logIn("countyadmin-620602");
		createUser(county, "CITY_REVIEWER", "620600", "county-made-city", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(text("您不能创建该类型的用户", "value=\"county-made-city\""));
		createUser(county, "CITY_ADMIN", "620600", "county-made-admin", null).andExpect(status().isUnprocessableContent());
		createUser(county, "COUNTY_REVIEWER", "620102", "county-made-other", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(text("只能为本地区（及下辖地区）创建用户"));
		assertThat(accounts("county-made-%")).isZero();

		String password = oneTimePassword(createUser(county, "COUNTY_REVIEWER", "620602", "liangzhou-clerk", null)
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(text("用户 liangzhou-clerk 已创建")));
		assertThat(role("liangzhou-clerk")).isEqualTo("COUNTY_REVIEWER 620602");
		logInAs("liangzhou-clerk", password).andExpect(redirectedUrl("/workbench"));
		// a username is taken once
		createUser(county, "COUNTY_REVIEWER", "620602", "liangzhou-clerk", null).andExpect(status().isConflict())
			.andExpect(text("该用户名已被使用"));
	}

	@Test
	void theProvinceCreatesCityAdminsOfItsOwnCitiesOnly() throws Exception {
		Cookie province = logIn("province");
		String password = oneTimePassword(createUser(province, "CITY_ADMIN", "620100", "cityadmin-lanzhou-p", null)
			.andExpect(status().isOk()));
		assertThat(role("cityadmin-lanzhou-p")).isEqualTo("CITY_ADMIN 620100");
		assertThat(password).hasSize(12).containsPattern("[A-Za-z]").containsPattern("[0-9]");
		logInAs("cityadmin-lanzhou-p", password).andExpect(redirectedUrl("/workbench"));
		createUser(province, "CITY_ADMIN", "441300", "cityadmin-huizhou-p", null).andExpect(status().isUnprocessableContent());
		createUser(province, "PROVINCE_REVIEWER", "620000", "province-two-p", null)
			.andExpect(status().isUnprocessableContent());
		createUser(province, "CITY_REVIEWER", "620100", "city-clerk-p", null).andExpect(status().isUnprocessableContent());
		assertThat(accounts("%-p")).isEqualTo(1);
		// the province's list holds its cities' admins, not the reviewers they manage
		page(province, "/admin/users").andExpect(status().isOk())
			.andExpect(text("cityadmin-lanzhou-p", "甘肃省 兰州市", "cityadmin-620600"))
			.andExpect(content().string(not(containsString(">city-620600<"))))
			.andExpect(content().string(not(containsString(">county-620602<"))));
		// neither a reviewer nor an applicant manages anyone
		page(logIn("city-620600"), "/admin/users").andExpect(status().isNotFound());
		page(logIn("applicant"), "/admin/departments").andExpect(status().isNotFound());
		createUser(logIn("city-620600"), "CITY_REVIEWER", "620600", "clerk-by-reviewer-p", null)
			.andExpect(status().isNotFound());
		assertThat(accounts("clerk-by-reviewer-p")).isZero();
	}

	@Test
	void theSystemAdminCreatesProvinceReviewers() throws Exception {
		Cookie admin = logIn("admin");
		String password = oneTimePassword(createUser(admin, "PROVINCE_REVIEWER", "440000", "province-guangdong-s", null)
			.andExpect(status().isOk()));
		assertThat(role("province-guangdong-s")).isEqualTo("PROVINCE_REVIEWER 440000");
		logInAs("province-guangdong-s", password).andExpect(redirectedUrl("/workbench"));
		createUser(admin, "PROVINCE_REVIEWER", "620100", "province-in-city-s", null)
			.andExpect(status().isUnprocessableContent());
		createUser(admin, "SYSTEM_ADMIN", "620000", "admin-two-s", null).andExpect(status().isUnprocessableContent());
		page(admin, "/admin/users").andExpect(text("province-guangdong-s", ">province<"));
	}

	@Test
	void aCityAdminGetsNotFoundForAnotherCitysUsersAndDepartments() throws Exception {
		Cookie lanzhou = logIn(newCityAdmin("620100", "cityadmin-lanzhou-x"));
		page(lanzhou, "/admin/departments").andExpect(status().isOk());
		this.mvc.perform(post("/admin/departments").cookie(lanzhou).with(csrf()).param("name", "兰州科技科"))
			.andExpect(redirectedUrl("/admin/departments"));
		long lanzhouDepartment = department("620100", "兰州科技科");
		createUser(lanzhou, "CITY_REVIEWER", "620100", "lanzhou-clerk-x", lanzhouDepartment).andExpect(status().isOk());
		long lanzhouClerk = accountId("lanzhou-clerk-x");

		Cookie wuwei = logIn("cityadmin-620600");
		createUser(wuwei, "CITY_REVIEWER", "620100", "wuwei-in-lanzhou-x", null).andExpect(status().isUnprocessableContent());
		page(wuwei, "/admin/users").andExpect(content().string(not(containsString("lanzhou-clerk-x"))));
		page(wuwei, "/admin/departments").andExpect(content().string(not(containsString("兰州科技科"))));
		for (String path : List.of("/admin/users/" + lanzhouClerk + "/password",
				"/admin/users/" + lanzhouClerk + "/department", "/admin/departments/" + lanzhouDepartment + "/removal")) {
			this.mvc.perform(post(path).cookie(wuwei).with(csrf())).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/admin/users/" + lanzhouClerk + "/enabled").cookie(wuwei).with(csrf()).param("enabled", "false"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/departments/" + lanzhouDepartment + "/name").cookie(wuwei).with(csrf())
			.param("name", "改名").param("version", "0")).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/responsibilities").cookie(wuwei).with(csrf())
			.param("programs", "etc-2026").param("departmentId", String.valueOf(lanzhouDepartment)))
			.andExpect(status().isNotFound());
		// a Wuwei reviewer cannot be put into a Lanzhou department either
		createUser(wuwei, "CITY_REVIEWER", "620600", "wuwei-clerk-x", lanzhouDepartment).andExpect(status().isNotFound());
		assertThat(enabled("lanzhou-clerk-x")).isTrue();
		assertThat(departmentName("lanzhou-clerk-x")).isEqualTo("兰州科技科");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM department_responsibility WHERE department_id = :id")
			.param("id", lanzhouDepartment).query(Long.class).single()).isZero();
	}

	@Test
	void aDisabledUserCannotLogInAndAResetPasswordReplacesTheOldOne() throws Exception {
		Cookie wuwei = logIn("cityadmin-620600");
		String first = oneTimePassword(createUser(wuwei, "CITY_REVIEWER", "620600", "wuwei-clerk-d", null));
		long id = accountId("wuwei-clerk-d");
		Cookie clerk = logInAs("wuwei-clerk-d", first).andExpect(redirectedUrl("/workbench")).andReturn()
			.getResponse().getCookie("SESSION");
		page(clerk, "/workbench").andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/" + id + "/enabled").cookie(wuwei).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(enabled("wuwei-clerk-d")).isFalse();
		logInAs("wuwei-clerk-d", first).andExpect(redirectedUrl("/login?disabled"));
		// the session opened before is over too
		page(clerk, "/workbench").andExpect(status().is3xxRedirection());
		page(wuwei, "/admin/users").andExpect(text("wuwei-clerk-d", "停用"));

		this.mvc.perform(post("/admin/users/" + id + "/enabled").cookie(wuwei).with(csrf()).param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		logInAs("wuwei-clerk-d", first).andExpect(redirectedUrl("/workbench"));

		String second = oneTimePassword(this.mvc.perform(post("/admin/users/" + id + "/password").cookie(wuwei).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(text("wuwei-clerk-d 的密码已重置")));
		assertThat(second).isNotEqualTo(first);
		logInAs("wuwei-clerk-d", first).andExpect(redirectedUrl("/login?error"));
		logInAs("wuwei-clerk-d", second).andExpect(redirectedUrl("/workbench"));

		assertThat(this.jdbc.sql("""
				SELECT action FROM audit_record WHERE subject = :subject AND actor_name = '武威市工信局管理员' ORDER BY id
				""").param("subject", "account:" + id).query(String.class).list())
			.containsExactly("ACCOUNT_CREATE", "ACCOUNT_DISABLE", "ACCOUNT_ENABLE", "PASSWORD_RESET");
	}

	@Test
	void eachProgramGetsAResponsibleDepartmentOneByOneOrInABatch() throws Exception {
		Cookie wuwei = logIn("cityadmin-620600");
		for (String name : List.of("科技科", "产业科")) {
			follow(wuwei, post("/admin/departments").param("name", name)).andExpect(text("科室已添加"));
		}
		long science = department("620600", "科技科");
		long industry = department("620600", "产业科");
		follow(wuwei, post("/admin/departments").param("name", "科技科")).andExpect(text("本地区已有名为“科技科”的科室"));

		assign(wuwei, industry, "etc-2026");
		assign(wuwei, science, "itc-2024", "tide-2024", "etc-2026");
		assertThat(responsible("620600")).containsExactlyInAnyOrder("etc-2026 科技科", "itc-2024 科技科", "tide-2024 科技科");
		assertThat(this.departments.responsibleFor("620600", "itc-2024")).map(Department::name).contains("科技科");
		assertThat(this.departments.responsibleFor("620100", "itc-2024")).isEmpty();
		page(wuwei, "/admin/departments").andExpect(text("批量设置责任科室", "2024年甘肃省技术创新示范企业申报"))
			.andExpect(content().string(not(containsString("智能制造生态合作伙伴"))));

		// a department with responsibilities stays; an empty one goes
		follow(wuwei, post("/admin/departments/" + science + "/removal")).andExpect(text("还有人员或负责的专题，不能删除"));
		follow(wuwei, post("/admin/departments/" + industry + "/name").param("name", "产业发展科").param("version", "0"))
			.andExpect(text("科室已改名"));
		follow(wuwei, post("/admin/departments/" + industry + "/name").param("name", "再改").param("version", "0"))
			.andExpect(text("科室已被他人修改", "产业发展科"));
		follow(wuwei, post("/admin/departments/" + industry + "/removal")).andExpect(text("科室已删除"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM department WHERE id = :id").param("id", industry)
			.query(Long.class).single()).isZero();
		// nothing chosen, or a program of another province, changes nothing
		follow(wuwei, post("/admin/responsibilities").param("departmentId", String.valueOf(science)))
			.andExpect(text("请至少勾选一个申报专题"));
		follow(wuwei, post("/admin/responsibilities").param("departmentId", String.valueOf(science))
			.param("programs", "smp-2024")).andExpect(text("专题 smp-2024 不属于本地区"));
		assertThat(responsible("620600")).hasSize(3);

		// a county admin answers for the programs its county reviews (揭榜挂帅 has no county level)
		Cookie county = logIn("countyadmin-620602");
		page(county, "/admin/departments").andExpect(text("2026年甘肃省工业和信息化厅企业技术中心申报"))
			.andExpect(content().string(not(containsString("揭榜挂帅"))))
			.andExpect(content().string(not(containsString("科技科"))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'RESPONSIBILITY_SET' AND subject LIKE 'responsibility:620600:%'")
			.query(Long.class).single()).isEqualTo(4);
	}

	private String newCityAdmin(String city, String username) throws Exception {
		String password = oneTimePassword(createUser(logIn("province"), "CITY_ADMIN", city, username, null));
		this.passwords.put(username, password);
		return username;
	}

	private final java.util.Map<String, String> passwords = new java.util.HashMap<>();

	private void assign(Cookie session, long department, String... programs) throws Exception {
		var request = post("/admin/responsibilities").param("departmentId", String.valueOf(department));
		for (String program : programs) {
			request.param("programs", program);
		}
		follow(session, request).andExpect(text("责任科室已设置"));
	}

	/** Posts a form, expects the redirect back to the departments page and opens it (with the flash message). */
	private ResultActions follow(Cookie session, MockHttpServletRequestBuilder form) throws Exception {
		this.mvc.perform(form.cookie(session).with(csrf())).andExpect(redirectedUrl("/admin/departments"));
		return page(session, "/admin/departments");
	}

	private ResultActions createUser(Cookie session, String role, String region, String username, Long department)
			throws Exception {
		var request = post("/admin/users").cookie(session)
			.with(csrf())
			.param("role", role)
			.param("regionCode", region)
			.param("username", username)
			.param("displayName", "测试用户 " + username);
		if (department != null) {
			request.param("departmentId", String.valueOf(department));
		}
		return this.mvc.perform(request);
	}

	private static String oneTimePassword(ResultActions result) throws Exception {
		MvcResult answer = result.andReturn();
		Matcher matcher = ONE_TIME_PASSWORD.matcher(answer.getResponse().getContentAsString());
		assertThat(matcher.find()).as("a one-time password on the page").isTrue();
		return matcher.group(1);
	}

	private long accounts(String pattern) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username LIKE :pattern").param("pattern", pattern)
			.query(Long.class).single();
	}

	private String role(String username) {
		return this.jdbc.sql("SELECT role || ' ' || region_code FROM account WHERE username = :name").param("name", username)
			.query(String.class).single();
	}

	private long accountId(String username) {
		return this.jdbc.sql("SELECT id FROM account WHERE username = :name").param("name", username)
			.query(Long.class).single();
	}

	private boolean enabled(String username) {
		return this.jdbc.sql("SELECT enabled FROM account WHERE username = :name").param("name", username)
			.query(Boolean.class).single();
	}

	private String departmentName(String username) {
		return this.jdbc.sql("""
				SELECT d.name FROM department_member m JOIN department d ON d.id = m.department_id
				JOIN account a ON a.id = m.account_id WHERE a.username = :name
				""").param("name", username).query(String.class).single();
	}

	private long department(String region, String name) {
		return this.jdbc.sql("SELECT id FROM department WHERE region_code = :region AND name = :name")
			.param("region", region).param("name", name).query(Long.class).single();
	}

	private List<String> responsible(String region) {
		return this.jdbc.sql("""
				SELECT r.program_code || ' ' || d.name FROM department_responsibility r
				JOIN department d ON d.id = r.department_id WHERE r.region_code = :region
				""").param("region", region).query(String.class).list();
	}

	private Cookie logIn(String username) throws Exception {
		return logInAs(username, this.passwords.getOrDefault(username, ApplicantApi.PASSWORD)).andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private ResultActions logInAs(String username, String password) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

	private ResultActions page(Cookie session, String path) throws Exception {
		return this.mvc.perform(get(path).cookie(session));
	}

	private static org.springframework.test.web.servlet.ResultMatcher text(String... parts) {
		return content().string(allOf(java.util.Arrays.stream(parts).map(part -> containsString(part))
			.toArray(org.hamcrest.Matcher[]::new)));
	}

}
