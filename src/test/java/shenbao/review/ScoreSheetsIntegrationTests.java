package shenbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationRow;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk reads the 汇总表 needs, on PostgreSQL: score sheets of many applications under the visibility rules, and
 * the scoped rows in batches.
 */
@SpringBootTest
@AutoConfigureMockMvc // not used: it keeps this class on the context most integration tests share
class ScoreSheetsIntegrationTests {

	@Autowired
	ScoreSheets sheets;

	@Autowired
	ApplicationReviews applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachLevelGetsItsOwnAndLowerSheetsOfItsScopeOnly() {
		long wuwei = ReviewFixtures.application(this.jdbc, "etc-2026", "620602", "620600", "PROVINCE_REVIEW");
		ReviewFixtures.lockedScores(this.jdbc, wuwei, "CITY");
		ReviewFixtures.lockedScores(this.jdbc, wuwei, "PROVINCE");
		long lanzhou = ReviewFixtures.application(this.jdbc, "etc-2026", "620102", "620100", "PROVINCE_REVIEW");
		ReviewFixtures.lockedScores(this.jdbc, lanzhou, "CITY");
		List<Long> both = List.of(wuwei, lanzhou);

		Caller city = ReviewFixtures.reviewer(this.jdbc, "city-620600");
		assertThat(this.sheets.visibleLevels(city)).containsExactly(ReviewLevel.COUNTY, ReviewLevel.CITY);
		var cityView = this.sheets.visibleSheets(city, both);
		assertThat(cityView).containsOnlyKeys(wuwei);
		assertThat(cityView.get(wuwei)).extracting(LevelScores::level).containsExactly(ReviewLevel.CITY);

		Caller province = ReviewFixtures.reviewer(this.jdbc, "province");
		var provinceView = this.sheets.visibleSheets(province, both);
		assertThat(provinceView).containsOnlyKeys(wuwei, lanzhou);
		assertThat(provinceView.get(wuwei)).extracting(LevelScores::level)
			.containsExactly(ReviewLevel.CITY, ReviewLevel.PROVINCE);

		Caller county = ReviewFixtures.reviewer(this.jdbc, "county-620602");
		assertThat(this.sheets.visibleSheets(county, both)).isEmpty();
	}

	@Test
	void rowsComeInBatchesFromTheCallersScopeWithoutDrafts() {
		long submitted = ReviewFixtures.application(this.jdbc, "tide-2024", "620602", "620600", "CITY_REVIEW");
		long draft = ReviewFixtures.application(this.jdbc, "tide-2024", "620602", "620600", "DRAFT");
		long elsewhere = ReviewFixtures.application(this.jdbc, "tide-2024", "620102", "620100", "CITY_REVIEW");
		for (int index = 0; index < 4; index++) {
			ReviewFixtures.application(this.jdbc, "tide-2024", "620602", "620600", "COUNTY_REVIEW");
		}
		Caller city = ReviewFixtures.reviewer(this.jdbc, "city-620600");
		List<List<ApplicationRow>> batches = new ArrayList<>();
		long count = this.applications.forEachBatch(city, "tide-2024", null, 2, batches::add);

		List<ApplicationRow> rows = batches.stream().flatMap(List::stream).toList();
		assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 2));
		assertThat(rows).hasSize((int) count)
			.allSatisfy(row -> assertThat(row.cityCode()).isEqualTo("620600"))
			.noneMatch(row -> row.status() == ApplicationStatus.DRAFT)
			.extracting(ApplicationRow::id)
			.contains(submitted)
			.doesNotContain(draft, elsewhere);
		assertThat(count).isGreaterThanOrEqualTo(5)
			.isEqualTo(this.applications.search(city, new ApplicationQuery("tide-2024", Set.of(), null, null, 0, 1))
				.total());
		assertThat(this.applications.visibleIds(city, List.of(submitted, draft, elsewhere))).containsExactly(submitted);
	}

}
