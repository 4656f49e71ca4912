package shenbao.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 技术创新示范企业 applications put straight into a review status with a full set of values, for the 核查清单 tests.
 */
public final class ChecklistFixtures {

	/** Every item of tide-2024, in the program file's order: twenty indicators and the two 其他. */
	public static final List<String> ITEMS = List.of("rd_sales_ratio_pct", "rd_ratio_growth_pp", "rd_income_ratio",
			"rd_training_ratio_pct", "external_expert_months", "external_project_ratio_pct", "rd_staff_ratio_pct",
			"senior_experts_phd", "rd_equipment_value", "accredited_labs", "long_projects_ratio_pct",
			"valid_invention_patents", "famous_brands", "new_products_done", "patent_applications",
			"invention_applications", "standards", "new_product_sales_ratio_pct", "new_product_profit_ratio_pct",
			"own_brand_export_usd", "national_awards", "cash_flow_gap");

	/**
	 * Values meeting every 基本要求 but the two 其他 (no national award, a cash-flow shortfall): rd_sales_ratio_pct is
	 * 300 × 100 / 10000 = 3 (≥ 2), rd_income_ratio 15 / 10 = 1.5 (> 1.2), new_product_profit_ratio_pct 400 × 100 /
	 * 2000 = 20 (> 15).
	 */
	public static final String VALUES = """
			{"unit_name": "核查测试企业", "product_sales_revenue": 10000, "product_profit": 2000, "employees": 500,
			 "rd_expense": 300, "rd_ratio_growth_pp": 0.5, "rd_staff_avg_income": 15, "staff_avg_income": 10,
			 "rd_training_cost": 30, "tech_center_income": 1000, "external_expert_months": 12, "external_projects": 3,
			 "dev_projects": 20, "rd_staff": 50, "senior_experts_phd": 3, "rd_equipment_value": 800,
			 "accredited_labs": 1, "long_projects": 2, "valid_invention_patents": 5, "famous_brands": 1,
			 "new_products_done": 6, "patent_applications": 5, "invention_applications": 2, "standards": 1,
			 "new_product_sales": 3000, "new_product_profit": 400, "own_brand_export_usd": 10, "national_awards": 0,
			 "cash_flow_gap": -5}
			""";

	private ChecklistFixtures() {
	}

	/** A tide-2024 application of a made-up unit of {@code region}, waiting in {@code status}. */
	public static long application(JdbcClient jdbc, String region, String city, String status) {
		return application(jdbc, "tide-2024", region, city, status, VALUES);
	}

	/** As {@link ReviewFixtures#application}, with the unit's form values given (JSON). */
	public static long application(JdbcClient jdbc, String program, String region, String city, String status,
			String values) {
		long id = ReviewFixtures.application(jdbc, program, region, city, status);
		jdbc.sql("UPDATE application SET form_values = :values WHERE id = :id")
			.param("values", values)
			.param("id", id)
			.update();
		return id;
	}

}
