package shenbao.scoring.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SPEC §9 on the running application against PostgreSQL: no login, no CSRF, problem details for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresqlWithEveryMigrationApplied() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		Integer failed = this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
			.query(Integer.class)
			.single();
		Integer applied = this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
			.query(Integer.class)
			.single();
		assertThat(failed).isZero();
		assertThat(applied).isPositive();
	}

	@Test
	void scoresAFullExampleWithoutLogin() throws Exception {
		score("etc-2026", """
				{"values": {"rd_expense": 1200, "main_revenue": 30000, "sales_revenue": 32000, "employees": 800,
				 "rd_staff": 120, "new_products_year": 8, "rd_equipment_value": 760, "new_product_sales": 9000,
				 "profit": 2100, "senior_phd_count": 4, "valid_invention_patents": 7, "achievements_filed_3y": 3,
				 "provincial_platforms": 2, "accredited_labs": 1,
				 "patent_applications": {"invention": 1, "utility": 2, "design": 1}, "new_products_filed": 6,
				 "standards_3y": {"national_part": 1, "group_lead": 2, "enterprise": 3}, "awards": {"second": 2}}}
				""")
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.program").value("etc-2026"))
			.andExpect(jsonPath("$.total").value(64))
			.andExpect(jsonPath("$.baseTotal").value(62))
			.andExpect(jsonPath("$.bonusTotal").value(2))
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.indicators", hasSize(15)))
			.andExpect(jsonPath("$.indicators[9].key").value("patent_applications"))
			.andExpect(jsonPath("$.indicators[9].score").value(4.5))
			.andExpect(jsonPath("$.indicators[9].max").value(5))
			.andExpect(jsonPath("$.eligibility", hasSize(6)))
			.andExpect(jsonPath("$.missing", hasSize(0)));
	}

	@Test
	void anEmptyFormListsEveryIndicatorAsMissing() throws Exception {
		score("etc-2026", "{\"values\": {}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.missing", hasSize(15)))
			.andExpect(jsonPath("$.eligibility[0].passed").value(false))
			.andExpect(jsonPath("$.eligibility[0].message").value("未填写“年度研发经费（年度研究与试验发展经费支出额）”，无法判断：年度研究与试验发展经费支出额不低于200万元"));
	}

	@Test
	void anUnknownProgramIsNotFound() throws Exception {
		score("etc-1999", "{\"values\": {}}").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("专题 etc-1999 不存在"));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		score("etc-2026", "{\"values\": {\"rd_expense\": }").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请求内容不是有效的 JSON，请检查格式"));
	}

	@Test
	void missingValuesObjectIsABadRequestNamingIt() throws Exception {
		score("etc-2026", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("values"));
	}

	@Test
	void anUnknownKeyIsNamed() throws Exception {
		score("etc-2026", "{\"values\": {\"rd_expens\": 10}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rd_expens"))
			.andExpect(jsonPath("$.errors[0].message").value("未知的字段：rd_expens"));
	}

	@Test
	void aNegativeNumberIsNamed() throws Exception {
		score("etc-2026", "{\"values\": {\"rd_staff\": -1}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rd_staff"))
			.andExpect(jsonPath("$.errors[0].message").value("不能为负数"));
	}

	@Test
	void aWrongTypeIsNamed() throws Exception {
		score("etc-2026", "{\"values\": {\"patent_applications\": {\"invention\": \"two\"}, \"rd_expense\": true}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
					"patent_applications.invention", "rd_expense")));
	}

	@Test
	void aValuesArrayInsteadOfAnObjectIsABadRequest() throws Exception {
		score("etc-2026", "{\"values\": [1, 2]}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aWrongContentTypeIsRefusedWithProblemDetails() throws Exception {
		this.mvc.perform(post("/api/v1/scoring/etc-2026").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private ResultActions score(String program, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/scoring/" + program).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
