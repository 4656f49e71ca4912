package shenbao.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationStatus;
import shenbao.dashboard.Dashboard.CountRow;
import shenbao.dashboard.Dashboard.QuotaRow;
import shenbao.dashboard.Dashboard.ScoreDistribution;
import shenbao.identity.Caller;
import shenbao.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 point 6 on PostgreSQL: the board's numbers are the database's (counted here independently, since other
 * tests of the run add applications too), and a city's board covers its own region only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

	private static final AtomicLong UNITS = new AtomicLong(7_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	shenbao.program.Programs programs;

	@BeforeEach
	void someApplicationsInWuweiAndLanzhou() {
		application("etc-2026", "620602", "620600", "CITY_REVIEW", "{\"rd_expense\": 30.5, \"rd_staff\": 25}");
		application("etc-2026", "620602", "620600", "COUNTY_REVIEW", "{\"rd_expense\": 8}");
		application("etc-2026", "620621", "620600", "RETURNED", "{}");
		application("etc-2026", "620602", "620600", "DRAFT", "{\"rd_expense\": 99}");
		application("itc-2024", "620102", "620100", "PROVINCE_REVIEW", "{\"x\": 70}");
		application("etc-2026", "620102", "620100", "PROVINCE_REVIEW", "{}");
		// places are taken in 张掖, which no other test recommends in: a place in 武威 would use up its quota
		long zhangye = application("etc-2026", "620702", "620700", "PROVINCE_REVIEW", "{}");
		place(zhangye, "etc-2026", "620700");
	}

	@Test
	void theProvincesBoardCountsWhatTheDatabaseHolds() {
		Dashboard board = this.dashboards.of(reviewer("province"));
		String gansu = "city_code LIKE '62%' AND status <> 'DRAFT'";
		assertThat(board.total().total()).isEqualTo(count(gansu));
		for (ApplicationStatus status : board.statuses()) {
			assertThat(board.total().of(status)).as(status.name()).isEqualTo(count(gansu + " AND status = '" + status + "'"));
		}
		assertThat(board.statuses()).doesNotContain(ApplicationStatus.DRAFT);
		for (CountRow city : board.regions()) {
			assertThat(city.counts().total()).as(city.name()).isEqualTo(count(gansu + " AND city_code = '" + city.code() + "'"));
		}
		assertThat(board.regions()).extracting(CountRow::name).contains("兰州市", "武威市", "兰州新区");
		for (CountRow program : board.programs()) {
			assertThat(program.counts().total()).as(program.code())
				.isEqualTo(count(gansu + " AND program_code = '" + program.code() + "'"));
			assertThat(program.counts().of(ApplicationStatus.PROVINCE_REVIEW)).isEqualTo(
					count(gansu + " AND program_code = '" + program.code() + "' AND status = 'PROVINCE_REVIEW'"));
		}
		assertThat(board.programs()).extracting(CountRow::code).doesNotContain("smp-2024");

		QuotaRow zhangye = quota(board, "etc-2026", "620700");
		assertThat(zhangye.used()).isEqualTo((int) places("etc-2026", "620700")).isPositive();
		assertThat(zhangye.quota()).isEqualTo(5);
		assertThat(quota(board, "etc-2026", "620100").quota()).isEqualTo(8);
		assertThat(quota(board, "etc-2026", "620600").used()).isEqualTo((int) places("etc-2026", "620600"));
		// a program without quotas (itc-2024) has no rows
		assertThat(board.quotas()).extracting(QuotaRow::programCode).contains("itc-2026").doesNotContain("itc-2024");
		assertThat(board.quotas()).extracting(QuotaRow::cityCode).doesNotContain("441300");

		assertThat(board.deadlines()).extracting(deadline -> deadline.programCode() + " " + deadline.level())
			.contains("etc-2026 APPLY", "etc-2026 CITY");
	}

	/** The countdown is to the close in force: a province extension for everyone moves it. */
	@Test
	void theApplicationCountdownFollowsAnExtension() {
		java.time.LocalDateTime own = this.programs.get("itc-2026").windows().apply().closes();
		java.time.LocalDateTime extended = own.plusDays(7);
		this.jdbc.sql("""
				INSERT INTO window_extension (program_code, kind, closes, reason, granted_by, granted_at)
				VALUES ('itc-2026', 'APPLY', :closes, '平台故障', '测试', now())""").param("closes", extended).update();
		try {
			assertThat(this.dashboards.of(reviewer("province")).deadlines())
				.filteredOn(deadline -> deadline.programCode().equals("itc-2026") && deadline.level().equals("APPLY"))
				.extracting(Dashboard.Deadline::closes)
				.containsExactly(extended);
			assertThat(this.dashboards.of(reviewer("city-620600")).deadlines())
				.filteredOn(deadline -> deadline.programCode().equals("itc-2026") && deadline.level().equals("APPLY"))
				.extracting(Dashboard.Deadline::closes)
				.containsExactly(extended);
		}
		finally {
			this.jdbc.sql("DELETE FROM window_extension WHERE program_code = 'itc-2026' AND reason = '平台故障'").update();
		}
	}

	@Test
	void aCitysBoardCoversItsOwnRegionOnly() throws Exception {
		Dashboard board = this.dashboards.of(reviewer("city-620600"));
		String wuwei = "city_code = '620600' AND status <> 'DRAFT'";
		assertThat(board.scope().name()).isEqualTo("武威市");
		assertThat(board.total().total()).isEqualTo(count(wuwei)).isGreaterThanOrEqualTo(3);
		assertThat(board.total().of(ApplicationStatus.RETURNED)).isEqualTo(count(wuwei + " AND status = 'RETURNED'"));
		assertThat(board.regions()).extracting(CountRow::code).contains("620602", "620621").doesNotContain("620100", "620102");
		assertThat(board.regions().stream().mapToLong(row -> row.counts().total()).sum()).isEqualTo(board.total().total());
		assertThat(board.quotas()).extracting(QuotaRow::cityCode).containsOnly("620600");
		assertThat(board.quotas()).filteredOn(row -> row.programCode().equals("etc-2026")).singleElement()
			.satisfies(row -> assertThat(row.used()).isEqualTo((int) places("etc-2026", "620600")));
		assertThat(board.programs().stream().filter(row -> row.code().equals("itc-2024")).findFirst().orElseThrow()
			.counts().total()).isEqualTo(count(wuwei + " AND program_code = 'itc-2024'"));

		// self-score totals: the sum of each application's self-scores, drafts left out
		ScoreDistribution etc = board.scores().stream().filter(row -> row.programCode().equals("etc-2026"))
			.findFirst().orElseThrow();
		List<BigDecimal> totals = selfScoreTotals(wuwei + " AND program_code = 'etc-2026'");
		assertThat(etc.count()).isEqualTo(totals.size());
		assertThat(etc.max()).isEqualByComparingTo(totals.stream().max(BigDecimal::compareTo).orElseThrow());
		assertThat(etc.bands().stream().mapToInt(Dashboard.Band::count).sum()).isEqualTo(totals.size());
		assertThat(etc.bands().get(5).count()).isEqualTo(
				(int) totals.stream().filter(total -> total.compareTo(BigDecimal.valueOf(50)) >= 0
						&& total.compareTo(BigDecimal.valueOf(60)) < 0).count());
		assertThat(etc.bands().get(5).count()).isPositive();

		Cookie city = logIn("city-620600");
		this.mvc.perform(get("/dashboard").cookie(city))
			.andExpect(status().isOk())
			.andExpect(text("武威市数据看板", "data-chart=\"{&quot;kind&quot;:&quot;pie&quot;", "data-region=\"620602\"",
					"data-quota=\"etc-2026/620600\"", "按专题统计", "名额使用情况", "自评分分布", "截止时间倒计时",
					"/dist/echarts.common.min.js", "<td class=\"table__number\" data-status=\"RETURNED\">"
							+ count(wuwei + " AND status = 'RETURNED'") + "</td>"))
			.andExpect(content().string(not(containsString("data-region=\"620102\""))))
			.andExpect(content().string(not(containsString("data-quota=\"etc-2026/620100\""))));
		this.mvc.perform(get("/webjars/echarts/dist/echarts.common.min.js").cookie(city)).andExpect(status().isOk());
	}

	@Test
	void aCountysBoardIsItsCountyAndOthersHaveNone() throws Exception {
		Dashboard board = this.dashboards.of(reviewer("county-620602"));
		assertThat(board.total().total()).isEqualTo(count("region_code = '620602' AND status NOT IN ('DRAFT')"));
		assertThat(board.regions()).extracting(CountRow::code).containsExactly("620602");
		assertThat(board.deadlines()).extracting(Dashboard.Deadline::level).doesNotContain("CITY");
		for (String other : List.of("applicant", "expert1", "cityadmin-620600")) {
			this.mvc.perform(get("/dashboard").cookie(logIn(other))).andExpect(status().isNotFound());
		}
	}

	private long application(String program, String region, String city, String status, String selfScores) {
		long unit = UNITS.incrementAndGet();
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2026, :region, :city, :status, '{}', :scores, :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unit)
			.param("name", "看板单位" + unit)
			.param("program", program)
			.param("region", region)
			.param("city", city)
			.param("status", status)
			.param("scores", selfScores)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	private void place(long application, String program, String city) {
		this.jdbc.sql("""
				INSERT INTO quota_place (application_id, program_code, city_code, taken_at) VALUES (:id, :program, :city, :now)
				""").param("id", application).param("program", program).param("city", city)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
	}

	private long count(String where) {
		return this.jdbc.sql("SELECT COUNT(*) FROM application WHERE " + where).query(Long.class).single();
	}

	private long places(String program, String city) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quota_place WHERE program_code = :program AND city_code = :city")
			.param("program", program).param("city", city).query(Long.class).single();
	}

	/** Each application's self-scores summed in SQL (PostgreSQL's JSON functions), independently of the app. */
	private List<BigDecimal> selfScoreTotals(String where) {
		return this.jdbc.sql("""
				SELECT COALESCE((SELECT SUM(value::numeric) FROM json_each_text(self_scores::json)), 0)
				FROM application WHERE """ + " " + where).query(BigDecimal.class).list();
	}

	private static QuotaRow quota(Dashboard board, String program, String city) {
		return board.quotas().stream().filter(row -> row.programCode().equals(program) && row.cityCode().equals(city))
			.findFirst().orElseThrow();
	}

	private Caller reviewer(String username) {
		return this.jdbc.sql("SELECT id, username, display_name, role, region_code FROM account WHERE username = :name")
			.param("name", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"), null))
			.single();
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}

	private static org.springframework.test.web.servlet.ResultMatcher text(String... parts) {
		return content().string(allOf(java.util.Arrays.stream(parts).map(part -> containsString(part))
			.toArray(org.hamcrest.Matcher[]::new)));
	}

}
