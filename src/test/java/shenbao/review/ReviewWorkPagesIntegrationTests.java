package shenbao.review;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import shenbao.application.ApplicantApi;
import shenbao.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewers' pages on PostgreSQL with the demo reviewers: 我的待办 scoped per reviewer with its tabs, filters and
 * quota counter; the detail page (404 outside the scope, never a higher level's scores); decisions, scores and
 * reopening through the plain forms, with refusals shown in Chinese; batch recommendation all or nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewWorkPagesIntegrationTests {

	private static int units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void theListShowsOnlyTheReviewersOwnScopeByTabWithFiltersAndCounts() throws Exception {
		long waiting = named(ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW"),
				"列表甲科技有限公司");
		long elsewhere = named(ReviewFixtures.application(this.jdbc, "etc-2026", "620102", "620100", "COUNTY_REVIEW"),
				"列表乙科技有限公司");
		long passed = named(ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "CITY_REVIEW"),
				"列表丙科技有限公司");
		long returned = named(ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "RETURNED"),
				"列表丁科技有限公司");
		long rejected = named(ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "NOT_RECOMMENDED"),
				"列表戊科技有限公司");
		Cookie county = login("county-620602");

		String pending = page(county, get("/review"));
		assertThat(pending).contains("列表甲科技有限公司", number(waiting), "批量推荐")
			.doesNotContain("列表乙科技有限公司", "列表丙科技有限公司", "列表丁科技有限公司", "列表戊科技有限公司");
		long countyWaiting = count("region_code = '620602' AND status = 'COUNTY_REVIEW'");
		assertThat(pending).contains("待办（审核中） (" + countyWaiting + ")");
		assertThat(page(county, get("/review").param("name", "列表"))).contains("待办（审核中） (1)", "已推荐 (1)",
				"退回待提交 (1)", "不受理 (1)", "全部 (4)");
		assertThat(page(county, get("/review").param("tab", "passed"))).contains("列表丙科技有限公司")
			.doesNotContain("列表甲科技有限公司");
		assertThat(page(county, get("/review").param("tab", "returned"))).contains("列表丁科技有限公司")
			.doesNotContain("列表丙科技有限公司");
		assertThat(page(county, get("/review").param("tab", "rejected"))).contains("列表戊科技有限公司", number(rejected))
			.doesNotContain("列表丁科技有限公司", number(returned));
		assertThat(page(county, get("/review").param("name", "列表甲"))).contains("列表甲科技有限公司")
			.contains("第 1 / 1 页，共 1 项");

		// the city sees its counties' applications, filters by county, and the province by city; county B nothing
		Cookie city = login("city-620600");
		assertThat(page(city, get("/review").param("tab", "all").param("region", "620602").param("name", "列表")))
			.contains("列表甲科技有限公司", "列表丙科技有限公司", "列表戊科技有限公司")
			.doesNotContain("列表乙科技有限公司");
		assertThat(page(city, get("/review").param("name", "列表"))).contains("列表丙科技有限公司", number(passed))
			.doesNotContain("列表甲科技有限公司");
		assertThat(page(login("province"), get("/review").param("tab", "all").param("region", "620100")
			.param("name", "列表"))).contains("列表乙科技有限公司", number(elsewhere)).doesNotContain("列表甲科技有限公司");
		assertThat(page(login("county-620102"), get("/review").param("tab", "all"))).doesNotContain("列表甲科技有限公司");
	}

	@Test
	void theCitySeesItsQuotaCounterForTheChosenProgram() throws Exception {
		Cookie city = login("city-620100");
		assertThat(page(city, get("/review"))).contains("选择专题后显示推荐名额");
		assertThat(page(city, get("/review").param("program", "itc-2026"))).contains("已推荐 ")
			.contains(" / 名额 8");
		assertThat(page(login("county-620602"), get("/review").param("program", "itc-2026"))).doesNotContain("名额");
	}

	@Test
	void aReviewerOfAnotherCountyAndAnApplicantGetTheChineseNotFoundPage() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		this.mvc.perform(get("/review/applications/" + id).cookie(login("county-620102")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("无权查看")));
		this.mvc.perform(post("/review/applications/" + id + "/decisions").cookie(login("county-620102")).with(csrf())
			.param("action", "RECOMMEND")).andExpect(status().isNotFound());
		this.mvc.perform(get("/review/applications/" + id).cookie(login("city-620100")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review").cookie(login(newApplicant()))).andExpect(status().isNotFound());
		assertThat(page(login("county-620602"), get("/review/applications/" + id))).contains("审核通过，推荐至市州");
	}

	@Test
	void aCityPageNeverShowsTheProvincesScoresWhichTheProvinceSees() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "PROVINCE_REVIEW");
		ReviewFixtures.scores(this.jdbc, id, "CITY", "{\"rd_expense_per_capita\": 3.5}", "77.50", true);
		ReviewFixtures.scores(this.jdbc, id, "PROVINCE", "{\"rd_expense_per_capita\": 4.75}", "93.25", false);
		String cityPage = page(login("city-620600"), get("/review/applications/" + id));
		assertThat(cityPage).contains("市州评分", "77.5", "3.5").doesNotContain("93.25", "4.75", "省级评分");
		Cookie province = login("province");
		String provincePage = page(province, get("/review/applications/" + id));
		assertThat(provincePage).contains("市州评分", "77.5", "省级评分", "93.25", "4.75", "重新开放市州评分");
		// once the province submits, its total is noted in the 办理记录: the city's page still does not show it
		MockHttpServletRequestBuilder all = post("/review/applications/" + id + "/scores").with(csrf())
			.param("submit", "1");
		ETC_KEYS.forEach(key -> all.param("score." + key, "4.75"));
		assertThat(followed(province, all)).contains("省级评分已提交并锁定，合计 71.25 分", "省级评分已提交");
		assertThat(page(login("city-620600"), get("/review/applications/" + id))).doesNotContain("71.25", "省级评分")
			.contains("评分结果不在此显示");
		// the county level does not score etc: its page has no score table at all
		assertThat(page(login("county-620602"), get("/review/applications/" + id))).doesNotContain("77.5", "93.25");
	}

	@Test
	void decisionsScoresAndReopeningThroughTheFormsWithRefusalsInChinese() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		String desk = "/review/applications/" + id;
		Cookie county = login("county-620602");

		// a return without a reason is refused on the page, the target kept
		String refused = page(county, post(desk + "/decisions").with(csrf()).param("action", "RETURN")
			.param("opinion", " ").param("target", "APPLICANT"));
		assertThat(refused).contains("请填写原因或意见", "待县区审核");
		assertThat(statusOf(id)).isEqualTo("COUNTY_REVIEW");

		assertThat(followed(county, post(desk + "/decisions").with(csrf()).param("action", "RECOMMEND")
			.param("opinion", "材料齐全，同意推荐"))).contains("已推荐，当前状态：待市州审核", "材料齐全，同意推荐");

		Cookie city = login("city-620600");
		String cityPage = page(city, get(desk));
		assertThat(cityPage).contains("研发人员人均研发经费支出", "提交评分", "暂存", "县区（重新审核）", "推荐至省级");
		// recommending before the city's scores are submitted is refused; the opinion typed stays
		assertThat(page(city, post(desk + "/decisions").with(csrf()).param("action", "RECOMMEND")
			.param("opinion", "拟推荐"))).contains("请先提交市州评分，再推荐", "拟推荐");
		// a score over its maximum and one that is no number are shown at their fields, the input kept
		assertThat(page(city, post(desk + "/scores").with(csrf()).param("score.rd_expense_per_capita", "6")
			.param("submit", "0"))).contains("不能超过 5 分", "value=\"6\"");
		assertThat(page(city, post(desk + "/scores").with(csrf()).param("score.senior_phd_count", "abc")
			.param("submit", "0"))).contains("请填写数字", "value=\"abc\"");
		assertThat(followed(city, post(desk + "/scores").with(csrf()).param("score.rd_expense_per_capita", "4.5")
			.param("submit", "0"))).contains("评分已暂存", "市州评分已暂存（尚未提交），合计 4.5 分");
		assertThat(page(city, post(desk + "/scores").with(csrf()).param("submit", "1"))).contains("还有 14 项指标未评分");
		MockHttpServletRequestBuilder all = post(desk + "/scores").with(csrf()).param("submit", "1");
		for (String key : ETC_KEYS) {
			all.param("score." + key, "3");
		}
		assertThat(followed(city, all)).contains("评分已提交并锁定", "市州评分已提交并锁定，合计 45 分")
			.doesNotContain("name=\"score.rd_expense_per_capita\"");
		assertThat(followed(city, post(desk + "/decisions").with(csrf()).param("action", "RECOMMEND")
			.param("opinion", "同意推荐"))).contains("已推荐，当前状态：待省级审核", "撤回推荐");

		// the province reopens the city's sheet only with a reason
		Cookie province = login("province");
		assertThat(page(province, post(desk + "/scores/CITY/reopening").with(csrf()).param("reason", "")))
			.contains("请填写重新开放评分的原因");
		assertThat(followed(province, post(desk + "/scores/CITY/reopening").with(csrf())
			.param("reason", "第3项与证明材料不符"))).contains("市州评分已重新开放", "第3项与证明材料不符");
		assertThat(statusOf(id)).isEqualTo("PROVINCE_REVIEW");
	}

	@Test
	void theDetailPageFlagsAUnitOnTheProvincesCreditList() throws Exception {
		String applicant = newApplicant();
		long id = this.api.submittedEtc(applicant);
		Cookie county = login("county-620602");
		assertThat(page(county, get("/review/applications/" + id))).doesNotContain("已列入失信名单");
		this.jdbc.sql("""
				INSERT INTO credit_listing (credit_code, unit_name, reason, imported_at, imported_by)
				SELECT u.credit_code, u.name, '拒不履行法院判决', now(), 'test' FROM unit u JOIN account a ON a.unit_id = u.id
				WHERE a.username = :name
				""").param("name", applicant).update();
		assertThat(page(county, get("/review/applications/" + id))).contains("已列入失信名单。失信原因：拒不履行法院判决");
	}

	@Test
	void aCityReturnsToTheCountyWithAReasonTheCountySeesIt() throws Exception {
		long id = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW");
		Cookie county = login("county-620602");
		followed(county, post("/review/applications/" + id + "/decisions").with(csrf()).param("action", "RECOMMEND"));
		assertThat(followed(login("city-620600"), post("/review/applications/" + id + "/decisions").with(csrf())
			.param("action", "RETURN").param("target", "COUNTY").param("opinion", "请县区核实职工人数")))
			.contains("已退回，当前状态：待县区审核");
		assertThat(page(county, get("/review/applications/" + id))).contains("请县区核实职工人数", "退回县区重审");
	}

	@Test
	void batchRecommendationIsAllOrNothingAndSaysWhyInChinese() throws Exception {
		ReviewFixtures.reviewerAccount(this.jdbc, this.encoder, "city-620300", Role.CITY_REVIEWER, "620300");
		List<Long> ids = new java.util.ArrayList<>();
		for (int index = 0; index < 4; index++) {
			long id = ReviewFixtures.application(this.jdbc, "itc-2026", "620302", "620300", "CITY_REVIEW");
			ReviewFixtures.lockedScores(this.jdbc, id, "CITY");
			ids.add(id);
		}
		long unscored = ReviewFixtures.application(this.jdbc, "itc-2026", "620302", "620300", "CITY_REVIEW");
		Cookie city = login("city-620300");
		assertThat(page(city, get("/review").param("program", "itc-2026"))).contains("已推荐 0 / 名额 3");

		// four against a quota of three: none is recommended, and the page says so with the ticks kept
		String refused = followed(city, batch(ids, "同意推荐"));
		assertThat(refused).contains("批量推荐未执行", "已推荐 3 / 名额 3", "value=\"同意推荐\"", "已推荐 0 / 名额 3");
		assertThat(countIn(ids, "CITY_REVIEW")).isEqualTo(4);
		// one without submitted scores spoils the batch too
		assertThat(followed(city, batch(List.of(ids.get(0), unscored), "同意"))).contains("请先提交市州评分，再推荐");
		assertThat(countIn(ids, "CITY_REVIEW")).isEqualTo(4);
		assertThat(followed(city, batch(List.of(), "同意"))).contains("请至少选择一个申报项目");

		assertThat(followed(city, batch(ids.subList(0, 3), "同意推荐"))).contains("已批量办理 3 个项目", "已推荐 3 / 名额 3");
		assertThat(countIn(ids, "PROVINCE_REVIEW")).isEqualTo(3);
	}

	private MockHttpServletRequestBuilder batch(List<Long> ids, String opinion) {
		MockHttpServletRequestBuilder request = post("/review/batch-recommendations").with(csrf())
			.param("opinion", opinion)
			.param("program", "itc-2026");
		ids.forEach(id -> request.param("ids", String.valueOf(id)));
		return request;
	}

	private static final List<String> ETC_KEYS = List.of("rd_expense_per_capita", "rd_revenue_ratio_pct",
			"rd_staff_ratio_pct", "senior_phd_count", "valid_invention_patents", "achievements_filed_3y",
			"rd_equipment_value", "provincial_platforms", "accredited_labs", "patent_applications", "new_products_filed",
			"standards_3y", "new_product_sales_ratio_pct", "profit_margin_pct", "awards");

	/** The page answered with 200. */
	private String page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A post that redirects (post-redirect-get), and the page it leads to with its flash message. */
	private String followed(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult posted = this.mvc.perform(request.cookie(session)).andExpect(status().is3xxRedirection()).andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		Map<String, Object> flash = posted.getFlashMap();
		return this.mvc.perform(get(java.net.URI.create(location.replaceFirst("#.*$", ""))).cookie(session).flashAttrs(flash))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Cookie login(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andExpect(redirectedUrl("/workbench"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long named(long id, String unitName) {
		this.jdbc.sql("UPDATE application SET unit_name = :name WHERE id = :id").param("name", unitName).param("id", id)
			.update();
		return id;
	}

	private static String number(long id) {
		return "ETC2026-" + String.format("%06d", id);
	}

	private long count(String where) {
		return this.jdbc.sql("SELECT COUNT(*) FROM application WHERE " + where).query(Long.class).single();
	}

	private long countIn(List<Long> ids, String status) {
		return this.jdbc.sql("SELECT COUNT(*) FROM application WHERE id IN (:ids) AND status = :status")
			.param("ids", ids)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class).single();
	}

	private String newApplicant() {
		int number = ++units;
		String username = "pages-applicant-" + number;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username, ApplicantApi.creditCode("620602", 7000 + number),
				"620602");
		return username;
	}

}
