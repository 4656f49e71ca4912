package shenbao.challenge;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;

import shenbao.application.ApplicantApi;
import shenbao.identity.Caller;
import shenbao.identity.Role;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 揭榜挂帅 test units (credit codes 50_000+ in 凉州区 unless told), their jbgs-2025 drafts filled through the API,
 * and selected projects put straight into the database.
 */
final class ChallengeFixtures {

	static final String PROGRAM = "jbgs-2025";

	/** The demo board's first task (ChallengeDemo). */
	static final String TASK = "JBGS2025-01";

	private static final AtomicInteger NUMBERS = new AtomicInteger(50_000 + (int) (System.nanoTime() % 1000) * 20);

	private ChallengeFixtures() {
	}

	record Unit(String username, String creditCode) {
	}

	static Unit unit(JdbcClient jdbc, PasswordEncoder encoder, String prefix) {
		return unit(jdbc, encoder, prefix, "620602");
	}

	static Unit unit(JdbcClient jdbc, PasswordEncoder encoder, String prefix, String county) {
		int number = NUMBERS.incrementAndGet();
		String code = ApplicantApi.creditCode(county, number);
		String username = prefix + number;
		ApplicantApi.createApplicant(jdbc, encoder, username, code, county);
		return new Unit(username, code);
	}

	/** A credit code no unit on the platform has. */
	static String unregistered() {
		return ApplicantApi.creditCode("620602", NUMBERS.incrementAndGet());
	}

	static Caller caller(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id, username, display_name, role, region_code, unit_id FROM account WHERE username = :u")
			.param("u", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"),
					rs.getObject("unit_id") == null ? null : rs.getLong("unit_id")))
			.single();
	}

	static ResultActions start(ApplicantApi api, String username) throws Exception {
		return api.as(username, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"" + PROGRAM + "\"}"));
	}

	static long started(ApplicantApi api, String username) throws Exception {
		String body = start(api, username).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	static long version(ApplicantApi api, String username, long id) throws Exception {
		return ((Number) JsonPath.read(api.as(username, get("/api/v1/applications/" + id)).andReturn().getResponse()
			.getContentAsString(), "$.version")).longValue();
	}

	static ResultActions save(ApplicantApi api, String username, long id, String valuesJson) throws Exception {
		return api.as(username, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": " + valuesJson + ", \"version\": " + version(api, username, id) + "}"));
	}

	/** Every field, declaration, pledge and evidence slot of the form, with these participants (JSON array). */
	static void fill(ApplicantApi api, String username, String leadCode, long id, String task, String participants,
			int investment, int support) throws Exception {
		save(api, username, id, """
				{"task_code": "%s", "task_name": "高性能镍基合金粉末制备关键技术", "task_field": "新材料", "task_kind": "核心基础",
				 "task_content": "突破气雾化制粉技术", "task_time_limit": "2027年12月31日前完成",
				 "lead_unit_name": "牵头单位", "lead_credit_code": "%s", "lead_unit_type": "企业", "lead_contact": "张三",
				 "lead_contact_phone": "13900000000", "innovation_capacity": "省级企业技术中心", "rd_foundation": "已有专利 5 项",
				 "participants": %s,
				 "total_investment": %d, "requested_support": %d, "funding_sources": "企业自筹",
				 "target_indicators": "粉末氧含量≤150ppm", "implementation_plan": "分三阶段实施", "planned_completion": "2027-12-31",
				 "strong_innovation_capacity": true, "has_rd_foundation": true, "one_task_per_unit": true,
				 "meets_fund_rules": true, "notice_acknowledged": true, "completion_pledge": true, "truthfulness_pledge": true}
				""".formatted(task, leadCode, participants, investment, support)).andExpect(status().isOk());
		for (String slot : java.util.List.of("rd_foundation_proof", "consortium_agreement", "funding_proof",
				"application_book")) {
			api.as(username, multipart("/api/v1/applications/" + id + "/attachments")
				.file(new MockMultipartFile("file", slot + ".pdf", "application/pdf", ApplicantApi.pdf(2000)))
				.param("slot", slot)).andExpect(status().isCreated());
		}
	}

	static String participant(String name, String code) {
		return "{\"name\": \"" + name + "\", \"credit_code\": \"" + code + "\", \"unit_type\": \"科研院所\", \"role\": \"材料研发\"}";
	}

	/** A selected project: a jbgs-2025 application of the unit on the published list (RECOGNISED). */
	static long selected(JdbcClient jdbc, String username, String region, String city) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long unitId = jdbc.sql("SELECT unit_id FROM account WHERE username = :u").param("u", username)
			.query(Long.class).single();
		return jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, 'jbgs-2025', 1, 2025, :region, :city, 'RECOGNISED',
				    '{"task_code": "JBGS2025-02", "task_name": "煤化工高盐废水近零排放示范"}', '{}', :now, :now, :now, 1)
				RETURNING id
				""")
			.param("unit", unitId)
			.param("name", username + " 科技有限公司")
			.param("region", region)
			.param("city", city)
			.param("now", now)
			.query(Long.class)
			.single();
	}

}
