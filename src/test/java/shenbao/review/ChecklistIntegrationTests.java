package shenbao.review;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.program.ReviewChain.ReviewLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 核查清单 of 技术创新示范企业 (issue 8 point 4) on PostgreSQL: a level cannot pass an application on before it has
 * confirmed every item; each level sees its own and lower levels' confirmations, never a higher one's; every change
 * is kept; the page saves an item through htmx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChecklistIntegrationTests {

	@Autowired
	Checklists checklists;

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theChecklistShowsEveryItemWithTheRulesReadingOfTheValues() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		Checklist checklist = this.checklists.checklist(county(), id).orElseThrow();

		assertThat(checklist.items()).extracting(Checklist.Item::key)
			.containsExactlyElementsOf(ChecklistFixtures.ITEMS);
		assertThat(checklist.levels()).containsExactly(ReviewLevel.COUNTY);
		assertThat(checklist.editable()).isTrue();
		assertThat(checklist.left()).isEqualTo(22);
		Checklist.Item sales = item(checklist, "rd_sales_ratio_pct");
		assertThat(sales.requirement()).isEqualTo("≥ 2");
		assertThat(sales.unit()).isEqualTo("%");
		assertThat(sales.value()).isEqualByComparingTo("3");
		assertThat(sales.ruleMet()).isTrue();
		assertThat(item(checklist, "rd_income_ratio").ruleMet()).isTrue();
		assertThat(item(checklist, "national_awards").ruleMet()).isFalse();
		assertThat(item(checklist, "cash_flow_gap").value()).isEqualByComparingTo("-5");
		assertThat(item(checklist, "cash_flow_gap").bonus()).isTrue();

		// a program scored otherwise has no checklist, and nothing to confirm
		long etc = ChecklistFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "COUNTY_REVIEW", "{}");
		assertThat(this.checklists.checklist(county(), etc)).isEmpty();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.checklists.confirm(county(), etc, "rd_staff_ratio_pct", true, null));
	}

	@Test
	void aLevelCannotRecommendUntilItHasConfirmedEveryItem() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		Caller county = county();
		Decision recommend = new Decision(ReviewAction.RECOMMEND, null, null);
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.reviews.decide(county, id, recommend))
			.satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("review.checklist.incomplete"))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(22, 22));

		for (String item : ChecklistFixtures.ITEMS.subList(0, 21)) {
			this.checklists.confirm(county, id, item, !item.equals("national_awards"), null);
		}
		// a 不达标 is a confirmation too: one item is left, and the refusal says so
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.reviews.decide(county, id, recommend))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(1, 22));
		assertThat(statusOf(id)).isEqualTo("COUNTY_REVIEW");

		this.checklists.confirm(county, id, "cash_flow_gap", false, "差额为负");
		assertThat(this.reviews.decide(county, id, recommend)).isEqualTo(ApplicationStatus.CITY_REVIEW);
		// once passed on, the county's confirmations are closed
		assertThatExceptionOfType(Conflict.class)
			.isThrownBy(() -> this.checklists.confirm(county, id, "cash_flow_gap", true, null));
	}

	@Test
	void theApiRefusesARecommendationWith422NamingHowManyAreLeft() throws Exception {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		ApplicantApi api = new ApplicantApi(this.mvc);
		api.as("county-620602", put("/api/v1/applications/" + id + "/checklist/standards")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"met\": true, \"remark\": \"标准文本已核对\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.met").value(true))
			.andExpect(jsonPath("$.remark").value("标准文本已核对"));
		api.as("county-620602", post("/api/v1/applications/" + id + "/decisions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"RECOMMEND\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("还有 21 项未确认")));
		api.as("county-620602", get("/api/v1/applications/" + id + "/checklist"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(22))
			.andExpect(jsonPath("$.items[16].confirmations.COUNTY.met").value(true));
		api.as("county-620102", get("/api/v1/applications/" + id + "/checklist")).andExpect(status().isNotFound());
		api.as("county-620602", put("/api/v1/applications/" + id + "/checklist/no_such_item")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"met\": true}")).andExpect(status().isBadRequest());
	}

	@Test
	void eachLevelSeesItsOwnAndLowerLevelsConfirmationsOnly() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		for (String item : ChecklistFixtures.ITEMS) {
			this.checklists.confirm(county(), id, item, true, null);
		}
		this.reviews.decide(county(), id, new Decision(ReviewAction.RECOMMEND, null, null));
		Caller city = ReviewFixtures.reviewer(this.jdbc, "city-620600");
		this.checklists.confirm(city, id, "standards", false, "标准未发布");

		Checklist cityView = this.checklists.checklist(city, id).orElseThrow();
		assertThat(cityView.levels()).containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY);
		assertThat(cityView.confirmed(ReviewLevel.COUNTY)).isEqualTo(22);
		assertThat(cityView.left()).isEqualTo(21);
		assertThat(item(cityView, "standards").at(ReviewLevel.CITY).remark()).isEqualTo("标准未发布");

		Checklist countyView = this.checklists.checklist(county(), id).orElseThrow();
		assertThat(countyView.levels()).containsExactly(ReviewLevel.COUNTY);
		assertThat(countyView.editable()).isFalse();
		assertThat(item(countyView, "standards").confirmations()).containsOnlyKeys(ReviewLevel.COUNTY);
		assertThat(this.checklists.revisions(county(), id)).allMatch(rev -> rev.level() == ReviewLevel.COUNTY);

		Caller province = ReviewFixtures.reviewer(this.jdbc, "province");
		assertThat(this.checklists.checklist(province, id).orElseThrow().levels())
			.containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE);
		assertThat(this.checklists.confirmedCounts(province, java.util.List.of(id)))
			.containsEntry(id, Map.of(ReviewLevel.COUNTY, 22, ReviewLevel.CITY, 1));
		assertThat(this.checklists.confirmedCounts(county(), java.util.List.of(id)))
			.containsEntry(id, Map.of(ReviewLevel.COUNTY, 22));

		Caller otherCity = ReviewFixtures.reviewer(this.jdbc, "city-620100");
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.checklists.checklist(otherCity, id));
		assertThat(this.checklists.confirmedCounts(otherCity, java.util.List.of(id))).isEmpty();
	}

	@Test
	void everyChangeIsKeptAsARevision() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		this.checklists.confirm(county(), id, "famous_brands", true, null);
		this.checklists.confirm(county(), id, "famous_brands", false, "证书已过期");
		this.checklists.confirm(county(), id, "famous_brands", true, "  已补充新证书 ");

		assertThat(this.checklists.revisions(county(), id)).extracting(Checklist.Revision::met)
			.containsExactly(true, false, true);
		assertThat(this.checklists.revisions(county(), id)).extracting(Checklist.Revision::remark)
			.containsExactly(null, "证书已过期", "已补充新证书");
		Checklist.Confirmation current = item(this.checklists.checklist(county(), id).orElseThrow(), "famous_brands")
			.at(ReviewLevel.COUNTY);
		assertThat(current.met()).isTrue();
		assertThat(current.reviewerName()).isEqualTo("凉州区工信局");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM review_checklist_item WHERE application_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aResubmissionAsksForTheItemsToBeConfirmedAgain() {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		for (String item : ChecklistFixtures.ITEMS) {
			this.checklists.confirm(county(), id, item, true, null);
		}
		assertThat(this.checklists.checklist(county(), id).orElseThrow().left()).isZero();
		// returned to the unit, which changed its values and resubmitted (a moment later)
		this.jdbc.sql("""
				INSERT INTO application_history (application_id, action, actor_id, actor_name, actor_role, from_status,
				    to_status, happened_at)
				VALUES (:id, 'RESUBMIT', 0, 'fixture', 'APPLICANT', 'RETURNED', 'COUNTY_REVIEW', :at)
				""").param("id", id).param("at", java.time.Instant.now().plusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
			.update();

		assertThat(this.checklists.checklist(county(), id).orElseThrow().left()).isEqualTo(22);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.reviews.decide(county(), id, new Decision(ReviewAction.RECOMMEND, null, null)))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(22, 22));
		// the earlier confirmations stay in the revisions
		assertThat(this.checklists.revisions(county(), id)).hasSize(22);
	}

	/** A ratio that does not come out even is shown to two places, as elsewhere on the page (2 of 30 projects). */
	@Test
	void theDeskPageRoundsADerivedValue() throws Exception {
		long id = ChecklistFixtures.application(this.jdbc, "tide-2024", "620602", "620600", "COUNTY_REVIEW",
				ChecklistFixtures.VALUES.replace("\"dev_projects\": 20", "\"dev_projects\": 30"));
		String page = this.mvc.perform(get("/review/applications/" + id).cookie(logIn("county-620602")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(">6.67<").doesNotContain("6.6666");
	}

	@Test
	void theDeskPageSavesAnItemThroughHtmxAndRefusesTheRecommendation() throws Exception {
		long id = ChecklistFixtures.application(this.jdbc, "620602", "620600", "COUNTY_REVIEW");
		Cookie county = logIn("county-620602");
		this.mvc.perform(get("/review/applications/" + id).cookie(county))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("核查清单（基本要求）"),
					containsString("企业研发经费支出额占产品销售收入的比重"), containsString("≥ 2"),
					containsString("县区还有 22 项未确认（共 22 项）"), containsString("id=\"check-cash_flow_gap\""))));

		this.mvc.perform(post("/review/applications/" + id + "/checklist/rd_sales_ratio_pct").cookie(county)
			.with(csrf())
			.header("HX-Request", "true")
			.param("met", "true")
			.param("remark", "审计报告第 3 页"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "checklist-changed"))
			.andExpect(content().string(allOf(startsWith("<tbody id=\"check-rd_sales_ratio_pct\""),
					containsString("审计报告第 3 页"), containsString("核查结论已保存"),
					not(containsString("id=\"check-rd_ratio_growth_pp\"")))));
		this.mvc.perform(get("/review/applications/" + id + "/checklist/progress").cookie(county)
			.header("HX-Request", "true"))
			.andExpect(content().string(containsString("县区还有 21 项未确认（共 22 项）")));

		// without a choice, the row says what is missing and nothing is stored
		this.mvc.perform(post("/review/applications/" + id + "/checklist/standards").cookie(county)
			.with(csrf())
			.header("HX-Request", "true")
			.param("remark", "待核实"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Trigger"))
			.andExpect(content().string(allOf(containsString("请选择“确认达标”或“不达标”"), containsString("待核实"))));

		// the plain form saves and redirects back
		this.mvc.perform(post("/review/applications/" + id + "/checklist/standards").cookie(county)
			.with(csrf())
			.param("met", "false"))
			.andExpect(status().isFound());
		assertThat(this.checklists.checklist(county(), id).orElseThrow().left()).isEqualTo(20);

		this.mvc.perform(post("/review/applications/" + id + "/decisions").cookie(county)
			.with(csrf())
			.param("action", "RECOMMEND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("核查清单还有 20 项未确认（共 22 项），请逐项确认后再推荐。")));
		assertThat(statusOf(id)).isEqualTo("COUNTY_REVIEW");
	}

	private Caller county() {
		return ReviewFixtures.reviewer(this.jdbc, "county-620602");
	}

	private static Checklist.Item item(Checklist checklist, String key) {
		return checklist.items().stream().filter(item -> item.key().equals(key)).findFirst().orElseThrow();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class)
			.single();
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
