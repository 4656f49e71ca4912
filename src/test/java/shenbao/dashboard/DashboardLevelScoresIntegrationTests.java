package shenbao.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;
import shenbao.dashboard.Dashboard.Band;
import shenbao.dashboard.Dashboard.LevelScoreDistribution;
import shenbao.expert.ExpertPanels;
import shenbao.expert.ExpertRoundFixtures;
import shenbao.expert.RankedApplication;
import shenbao.identity.Caller;
import shenbao.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 point 6, the review levels' score distributions, on PostgreSQL: each board shows the totals of the submitted
 * sheets its level may see (own and lower levels, own region), the province also the experts' means; the same
 * figures come as JSON from {@code /api/v1/dashboard}. The sheets are etc-2024's, which only these tests score
 * (unit ids 6 410 000+).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardLevelScoresIntegrationTests {

	private static final String ETC = "etc-2024";

	private static final AtomicLong UNITS = new AtomicLong(6_410_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	ExpertPanels experts;

	@BeforeAll
	void sheets() {
		// 武威: city totals 59.5, 60, 75 (and the province's 88), 90, and one only saved (not counted)
		sheet(application("620602", "620600", "PROVINCE_REVIEW"), "CITY", "59.5", true);
		sheet(application("620602", "620600", "PROVINCE_REVIEW"), "CITY", "60", true);
		long both = application("620602", "620600", "EXPERT_REVIEW");
		sheet(both, "CITY", "75", true);
		sheet(both, "PROVINCE", "88", true);
		sheet(application("620602", "620600", "PROVINCE_REVIEW"), "CITY", "90", true);
		sheet(application("620602", "620600", "CITY_REVIEW"), "CITY", "70", false);
		// 兰州: one city total
		sheet(application("620102", "620100", "PROVINCE_REVIEW"), "CITY", "65", true);
		// an expert round where three experts gave 94, 96 and 95
		long scored = application("620602", "620600", "EXPERT_REVIEW");
		ExpertRoundFixtures.closedRound(this.jdbc, ETC);
		ExpertRoundFixtures.submittedSheet(this.jdbc, ETC, scored, "620602", "expert1", 94);
		ExpertRoundFixtures.submittedSheet(this.jdbc, ETC, scored, "620602", "expert2", 96);
		ExpertRoundFixtures.submittedSheet(this.jdbc, ETC, scored, "620602", "expert3", 95);
	}

	@Test
	void aCitySeesItsOwnLevelsTotalsOfItsRegionOnly() {
		Dashboard board = this.dashboards.of(reviewer("city-620600"), ETC);
		assertThat(board.levelScores()).extracting(LevelScoreDistribution::level).containsExactly("CITY");
		LevelScoreDistribution city = board.levelScores().getFirst();
		assertThat(city.bands()).extracting(Band::label).containsExactly("0–60", "60–70", "70–80", "80–90", "90+");
		assertThat(city.bands()).extracting(Band::count).containsExactly(1, 1, 1, 0, 1);
		assertThat(city.count()).isEqualTo(4);
		assertThat(city.mean()).isEqualByComparingTo("71.1"); // (59.5 + 60 + 75 + 90) / 4 = 71.125
		assertThat(city.min()).isEqualByComparingTo("59.5");
		assertThat(city.max()).isEqualByComparingTo("90");
		assertThat(board.programs()).extracting(Dashboard.CountRow::code).containsExactly(ETC);

		LevelScoreDistribution lanzhou = this.dashboards.of(reviewer("city-620100"), ETC).levelScores().getFirst();
		assertThat(lanzhou.bands()).extracting(Band::count).containsExactly(0, 1, 0, 0, 0);
	}

	@Test
	void theProvinceSeesEveryLevelAndTheExpertsMeans() {
		Caller province = reviewer("province");
		Dashboard board = this.dashboards.of(province, ETC);
		assertThat(board.levelScores()).extracting(LevelScoreDistribution::level)
			.containsExactly("CITY", "PROVINCE", "EXPERT");
		assertThat(board.levelScores().get(0).bands()).extracting(Band::count).containsExactly(1, 2, 1, 0, 1);
		assertThat(board.levelScores().get(1).bands()).extracting(Band::count).containsExactly(0, 0, 0, 1, 0);
		// the experts' row is the round's means (another test class may add applications to the same round)
		List<BigDecimal> means = this.experts.standing(province, ETC)
			.orElseThrow()
			.ranking()
			.stream()
			.map(RankedApplication::mean)
			.filter(java.util.Objects::nonNull)
			.toList();
		LevelScoreDistribution expert = board.levelScores().get(2);
		assertThat(expert.count()).isEqualTo(means.size()).isPositive();
		assertThat(expert.bands().getLast().count()).isEqualTo(
				(int) means.stream().filter(mean -> mean.compareTo(BigDecimal.valueOf(90)) >= 0).count())
			.isPositive();
	}

	@Test
	void aCountySeesNoLevelScoresAsItScoresNothing() {
		assertThat(this.dashboards.of(reviewer("county-620602"), ETC).levelScores()).isEmpty();
	}

	@Test
	void theApiAnswersTheSameFiguresInTheCallersScope() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		api.as("city-620600", get("/api/v1/dashboard").param("program", ETC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.code").value("620600"))
			.andExpect(jsonPath("$.programs.length()").value(1))
			.andExpect(jsonPath("$.levelScores.length()").value(1))
			.andExpect(jsonPath("$.levelScores[0].level").value("CITY"))
			.andExpect(jsonPath("$.levelScores[0].count").value(4))
			.andExpect(jsonPath("$.levelScores[0].bands[4].count").value(1));
		api.as("province", get("/api/v1/dashboard").param("program", ETC))
			.andExpect(jsonPath("$.levelScores[*].level").value(org.hamcrest.Matchers.hasItems("PROVINCE", "EXPERT")));
		api.as("province", get("/api/v1/dashboard")).andExpect(status().isOk())
			.andExpect(jsonPath("$.programs.length()").value(org.hamcrest.Matchers.greaterThan(1)));
		api.as("province", get("/api/v1/dashboard").param("program", "smp-2024")).andExpect(status().isNotFound());
		api.as("applicant", get("/api/v1/dashboard")).andExpect(status().isNotFound());
	}

	@Test
	void theCitysPageDrawsItsLevelsChartWithItsTableAndNothingAbove() throws Exception {
		Cookie city = this.mvc.perform(formLogin().user("city-620600").password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/dashboard").cookie(city))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("各级评审评分分布"),
					containsString("data-level-scores=\"etc-2024\""), containsString("市州评分"),
					not(containsString("省级评分")), not(containsString("专家平均分")))));
	}

	private long application(String county, String city, String status) {
		long unit = UNITS.incrementAndGet();
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2024, :region, :city, :status, '{}', '{}', :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unit)
			.param("name", "评分分布测试单位" + unit)
			.param("program", ETC)
			.param("region", county)
			.param("city", city)
			.param("status", status)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	private void sheet(long application, String level, String total, boolean locked) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
				    updated_at, locked_at)
				VALUES (:id, :level, '{}', :total, 0, 'fixture', :locked, :now, :lockedAt)
				""")
			.param("id", application)
			.param("level", level)
			.param("total", new BigDecimal(total))
			.param("locked", locked)
			.param("now", now)
			.param("lockedAt", locked ? now : null)
			.update();
	}


	private Caller reviewer(String username) {
		return this.jdbc.sql("SELECT id, username, display_name, role, region_code FROM account WHERE username = :name")
			.param("name", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"), null))
			.single();
	}

}
