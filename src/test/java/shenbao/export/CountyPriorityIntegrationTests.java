package shenbao.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import shenbao.application.ApplicantApi;
import shenbao.export.ExportFixtures.Workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 推荐优先顺序 on PostgreSQL (seed 002: the county fills the 推荐汇总表 "按推荐优先顺序"): the county of 惠阳区 orders its
 * recommended smp-2024 applications, the order stays dense 1..n, its city reads it, another county cannot touch it,
 * and the 推荐汇总表 numbers each block in that order. 惠阳区 is used by no other test; unit codes 45 101+.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyPriorityIntegrationTests {

	static final String SMP = "smp-2024";

	static final String COUNTY = "441303";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	long first;

	long second;

	long third;

	@BeforeAll
	void fixtures() {
		ExportFixtures.reviewer(this.jdbc, this.encoder.encode(ApplicantApi.PASSWORD), "p-county-441303",
				"COUNTY_REVIEWER", COUNTY, "惠阳区工业和信息化局");
		Instant day = Instant.parse("2024-08-01T02:00:00Z");
		this.first = application(1, "惠阳甲智能有限公司", "CITY_REVIEW", "遴选加入", "关键软件", day);
		this.second = application(2, "惠阳乙装备有限公司", "CITY_REVIEW", "直接认定", "智能制造装备",
				day.plus(Duration.ofHours(1)));
		this.third = application(3, "惠阳丙方案有限公司", "PROVINCE_REVIEW", "遴选加入", "智能制造系统解决方案",
				day.plus(Duration.ofHours(2)));
		application(4, "惠阳丁待审有限公司", "COUNTY_REVIEW", "遴选加入", "关键软件", day.plus(Duration.ofHours(3)));
	}

	@Test
	void theCountyOrdersItsRecommendationsWhichTheCityReadsAndTheSummaryFollows() throws Exception {
		Cookie county = login("p-county-441303");
		String page = this.mvc.perform(get("/review/priorities/" + SMP).cookie(county))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// by submission until the county moves one; the application still at the county is not listed
		assertThat(order(page)).containsExactly("惠阳甲智能有限公司", "惠阳乙装备有限公司", "惠阳丙方案有限公司");
		assertThat(page).doesNotContain("惠阳丁待审有限公司");

		move(county, this.third, "up").andExpect(status().isOk());
		String fragment = move(county, this.third, "up").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(order(fragment)).containsExactly("惠阳丙方案有限公司", "惠阳甲智能有限公司", "惠阳乙装备有限公司");
		assertThat(ranks()).containsExactly(this.third, this.first, this.second);

		// the city sees the county's order; another county can neither read nor move it
		String city = this.mvc.perform(get("/review/priorities/" + SMP).param("county", COUNTY).cookie(login("city-441300")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(order(city)).containsExactly("惠阳丙方案有限公司", "惠阳甲智能有限公司", "惠阳乙装备有限公司");
		move(login("county-441302"), this.first, "up").andExpect(status().isNotFound());

		// 推荐汇总表: 序号 follows the order within each block, and the county's rank is a column of its own
		Workbook sheet = Workbook.read(new ApplicantApi(this.mvc)
			.as("p-county-441303", get("/api/v1/exports/summary").param("program", SMP))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		int selection = sheet.rowsStartingWith("遴选加入单位").getFirst();
		int direct = sheet.rowsStartingWith("直接认定单位").getFirst();
		List<Object> header = sheet.summary().get(selection + 1);
		int rankColumn = header.indexOf("县区推荐顺序");
		assertThat(rankColumn).isPositive();
		assertThat(sheet.summary().get(selection + 2)).startsWith(1.0, "惠阳丙方案有限公司");
		assertThat(sheet.summary().get(selection + 2).get(rankColumn)).isEqualTo(1.0);
		assertThat(sheet.summary().get(selection + 3)).startsWith(2.0, "惠阳甲智能有限公司");
		assertThat(sheet.summary().get(selection + 3).get(rankColumn)).isEqualTo(2.0);
		assertThat(sheet.summary().get(direct + 2)).startsWith(1.0, "惠阳乙装备有限公司");
		assertThat(sheet.summary().get(direct + 2).get(rankColumn)).isEqualTo(3.0);

		// an application sent back leaves the order and the others close up
		this.jdbc.sql("UPDATE application SET status = 'RETURNED' WHERE id = ?").param(this.first).update();
		String after = this.mvc.perform(get("/review/priorities/" + SMP).cookie(county))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(order(after)).containsExactly("惠阳丙方案有限公司", "惠阳乙装备有限公司");
		assertThat(after).contains("data-rank=\"2\"").doesNotContain("data-rank=\"3\"");
	}

	private org.springframework.test.web.servlet.ResultActions move(Cookie session, long id, String direction)
			throws Exception {
		return this.mvc.perform(post("/review/priorities/" + SMP + "/" + id + "/" + direction).cookie(session)
			.header("HX-Request", "true")
			.with(csrf()));
	}

	/** The stored order of the county, by rank. */
	private List<Long> ranks() {
		return this.jdbc.sql("SELECT application_id FROM county_priority WHERE county_code = ? ORDER BY priority")
			.param(COUNTY)
			.query(Long.class)
			.list();
	}

	private static List<String> order(String html) {
		return java.util.regex.Pattern.compile("惠阳.有限公司|惠阳..?.?.?有限公司")
			.matcher(html)
			.results()
			.map(java.util.regex.MatchResult::group)
			.filter(name -> !name.contains("丁"))
			.distinct()
			.toList();
	}

	private long application(int number, String name, String status, String path, String domain, Instant submitted) {
		long unit = this.jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', :region, '周一', '13700000099', :now) RETURNING id
				""")
			.param("code", ApplicantApi.creditCode(COUNTY, 45_100 + number))
			.param("name", name)
			.param("region", COUNTY)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return ExportFixtures.application(this.jdbc, unit, name, SMP, COUNTY, "441300", status,
				"{\"path\": \"" + path + "\", \"domain\": \"" + domain + "\"}", "{}", submitted);
	}

	private Cookie login(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
