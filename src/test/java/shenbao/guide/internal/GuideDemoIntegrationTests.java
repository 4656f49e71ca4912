package shenbao.guide.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.deadline.Deadlines;
import shenbao.guide.Guide;
import shenbao.program.Programs;
import shenbao.review.ReviewSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's guides (SPEC §11, issue 7 point 4 and issue 8 point 5): 惠州市's published smp-2024 guide with a window
 * inside the province's and county review on, 武威市's combined 2024 notice over its four programs. Written here on
 * demand (the test configuration leaves them out of the shared database) and removed afterwards.
 */
@SpringBootTest
class GuideDemoIntegrationTests {

	@Autowired
	GuideDemo demo;

	@Autowired
	GuideStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Deadlines deadlines;

	@Autowired
	ReviewSettings settings;

	@AfterEach
	void remove() {
		this.jdbc.sql("DELETE FROM city_guide WHERE city_code IN ('441300', '620600')").update();
		this.jdbc.sql("""
				DELETE FROM review_city_setting WHERE (city_code = '441300' AND program_code = 'smp-2024')
				   OR (city_code = '620600' AND program_code IN ('etc-2024', 'itc-2024', 'tide-2024', 'alliance-2024'))
				""").update();
	}

	@Test
	void theDemoHasHuizhousGuideAndWuweisCombinedNotice() {
		this.demo.write();
		this.demo.write(); // a second start leaves them as they are

		Guide huizhou = this.store.forProgram("smp-2024", "441300").orElseThrow();
		assertThat(huizhou.published()).isTrue();
		assertThat(huizhou.applyCloses()).isBefore(this.deadlines.applyCloses(this.programs.get("smp-2024"), null));
		assertThat(this.settings.effective("smp-2024", "441300").countyReview()).isTrue();

		assertThat(this.store.ofCity("620600")).singleElement().satisfies(wuwei -> {
			assertThat(wuwei.programCodes()).containsExactly("etc-2024", "itc-2024", "tide-2024", "alliance-2024");
			assertThat(wuwei.published()).isTrue();
		});
		for (String code : List.of("etc-2024", "itc-2024", "tide-2024", "alliance-2024")) {
			// "于 4 月 20 日前报送": the counties' one deadline, 4-20 24:00 in the seed's year, moved with the demo
			assertThat(this.settings.effective(code, "620600").countyCloses())
				.isEqualTo(this.programs.get("etc-2024").windows().countyCloses());
		}
	}

}
