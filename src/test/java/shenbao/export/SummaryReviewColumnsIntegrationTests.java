package shenbao.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
import shenbao.expert.ExpertPanels;
import shenbao.expert.ExpertRoundFixtures;
import shenbao.export.ExportFixtures.Workbook;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 汇总表's review columns (SPEC §12 "Complete exports", issue 8 point 4) on PostgreSQL: the experts' aggregation
 * in the province's sheet only, and the 核查清单 confirmations per level as far as the caller may see. Data lives in
 * 定西市 (621100) with its own accounts and units (credit codes 35 000+), and in etc-2024, whose expert round no
 * other test opens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReviewColumnsIntegrationTests {

	static final String ETC = "etc-2024";

	static final String TIDE = "tide-2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ExpertPanels experts;

	ApplicantApi api;

	@BeforeAll
	void data() {
		this.api = new ApplicantApi(this.mvc);
		String hash = this.encoder.encode(ApplicantApi.PASSWORD);
		ExportFixtures.reviewer(this.jdbc, hash, "ck-city-621100", "CITY_REVIEWER", "621100", "定西市工信局");
		ExportFixtures.reviewer(this.jdbc, hash, "ck-county-621102", "COUNTY_REVIEWER", "621102", "安定区工信局");
		Instant day = Instant.parse("2026-05-20T02:00:00Z");

		// two applications in expert review: five sheets (80 82 84 86 90) and three (70 75 77), one closed round
		long first = ExportFixtures.application(this.jdbc, unit("安定甲科技有限公司", 35_001), "安定甲科技有限公司", ETC,
				"621102", "621100", "EXPERT_REVIEW", "{}", "{}", day);
		long second = ExportFixtures.application(this.jdbc, unit("安定乙材料有限公司", 35_002), "安定乙材料有限公司", ETC,
				"621102", "621100", "EXPERT_REVIEW", "{}", "{}", day);
		ExpertRoundFixtures.closedRound(this.jdbc, ETC);
		int[][] totals = { { 80, 82, 84, 86, 90 }, { 70, 75, 77 } };
		long[] applications = { first, second };
		for (int index = 0; index < applications.length; index++) {
			for (int expert = 0; expert < totals[index].length; expert++) {
				ExpertRoundFixtures.submittedSheet(this.jdbc, ETC, applications[index], "621102", "expert" + (expert + 1),
						totals[index][expert]);
			}
		}

		// a 示范企业 application that 安定区 confirmed whole and 定西市 in part
		long tide = ExportFixtures.application(this.jdbc, unit("安定丙制造有限公司", 35_003), "安定丙制造有限公司", TIDE,
				"621102", "621100", "CITY_REVIEW", "{}", "{}", day);
		List<String> items = shenbao.review.ChecklistFixtures.ITEMS;
		items.forEach(item -> confirm(tide, "COUNTY", item));
		items.subList(0, 3).forEach(item -> confirm(tide, "CITY", item));
	}

	@Test
	void theProvincesSummaryCarriesTheExpertsCountMeansAndRank() throws Exception {
		Workbook workbook = export("province", ETC);
		assertThat(workbook.header()).contains("专家人数", "专家平均分", "专家去极值平均分", "专家评审排名");
		List<Object> first = workbook.rowOf("安定甲科技有限公司");
		assertThat(workbook.cell(first, "专家人数")).isEqualTo(5.0);
		assertThat(workbook.cell(first, "专家平均分")).isEqualTo(84.4); // 422 / 5
		assertThat(workbook.cell(first, "专家去极值平均分")).isEqualTo(84.0); // (82 + 84 + 86) / 3
		// (the dashboard's tests add a higher-scored etc-2024 application to the same round)
		assertThat(workbook.cell(first, "专家评审排名")).isIn(1.0, 2.0);
		List<Object> second = workbook.rowOf("安定乙材料有限公司");
		assertThat(workbook.cell(second, "专家人数")).isEqualTo(3.0);
		assertThat(workbook.cell(second, "专家平均分")).isEqualTo(74.0); // 222 / 3
		assertThat(workbook.cell(second, "专家去极值平均分")).isNull(); // fewer than five sheets
		assertThat((Double) workbook.cell(second, "专家评审排名"))
			.isEqualTo((Double) workbook.cell(first, "专家评审排名") + 1);
		assertThat(workbook.allCells()).noneMatch(cell -> cell.toString().startsWith("专家评审尚未结束"));
	}

	@Test
	void aCityNeverGetsTheExpertsScores() throws Exception {
		Workbook workbook = export("ck-city-621100", ETC);
		assertThat(workbook.allCells()).contains("安定甲科技有限公司").doesNotContain(84.4, 84.0, 74.0);
		assertThat(workbook.header()).noneMatch(cell -> String.valueOf(cell).startsWith("专家"));
		Caller city = new Caller(0, "ck-city-621100", "定西市工信局", Role.CITY_REVIEWER, "621100", null);
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.experts.standing(city, ETC));
	}

	@Test
	void aProgramWithoutAnExpertRoundHasNoExpertColumns() throws Exception {
		assertThat(export("province", TIDE).header()).noneMatch(cell -> String.valueOf(cell).startsWith("专家"));
	}

	@Test
	void eachLevelSeesTheChecklistConfirmationsItMaySee() throws Exception {
		Workbook city = export("ck-city-621100", TIDE);
		List<Object> row = city.rowOf("安定丙制造有限公司");
		assertThat(city.cell(row, "县区核查已确认项数（共 22 项）")).isEqualTo(22.0);
		assertThat(city.cell(row, "市州核查已确认项数（共 22 项）")).isEqualTo(3.0);
		assertThat(city.header()).doesNotContain("省级核查已确认项数（共 22 项）");

		Workbook county = export("ck-county-621102", TIDE);
		assertThat(county.cell(county.rowOf("安定丙制造有限公司"), "县区核查已确认项数（共 22 项）")).isEqualTo(22.0);
		assertThat(county.header()).doesNotContain("市州核查已确认项数（共 22 项）");

		Workbook province = export("province", TIDE);
		List<Object> provinceRow = province.rowOf("安定丙制造有限公司");
		assertThat(province.cell(provinceRow, "市州核查已确认项数（共 22 项）")).isEqualTo(3.0);
		assertThat(province.cell(provinceRow, "省级核查已确认项数（共 22 项）")).isEqualTo(0.0);
		// programs without a 核查清单 have no such column
		assertThat(export("province", ETC).header()).noneMatch(cell -> String.valueOf(cell).contains("核查"));
	}

	private Workbook export(String username, String program) throws Exception {
		byte[] bytes = this.api.as(username, get("/api/v1/exports/summary").param("program", program))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return Workbook.read(bytes);
	}

	private long unit(String name, int number) {
		return this.jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', '621102', '联系人', '13900000000', :now) RETURNING id
				""")
			.param("code", ApplicantApi.creditCode("621102", number))
			.param("name", name)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}


	private void confirm(long application, String level, String item) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO review_checklist_item (application_id, level, item_key, met, reviewer_id, reviewer_name,
				    updated_at)
				VALUES (:id, :level, :item, TRUE, 0, 'fixture', :now)
				""").param("id", application).param("level", level).param("item", item).param("now", now).update();
	}

}
