package shenbao.alliance;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Units of this fixtures (credit codes from 55 001 on, 凉州区) and a complete 年度考核 filled through the
 * applicant's facade, with the five parts of the 年度工作总结 as given.
 */
public final class AllianceFixtures {

	private static final AtomicInteger UNITS = new AtomicInteger(55_000);

	private AllianceFixtures() {
	}

	/** A new applicant unit in 凉州区 with the account {@code username}; answers its credit code. */
	public static String unit(JdbcClient jdbc, PasswordEncoder encoder, String username) {
		String code = ApplicantApi.creditCode("620602", UNITS.incrementAndGet());
		ApplicantApi.createApplicant(jdbc, encoder, username, code, "620602");
		return code;
	}

	public static Caller caller(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id, username, display_name, role, region_code, unit_id FROM account WHERE username = :n")
			.param("n", username)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"),
					rs.getObject("unit_id") == null ? null : rs.getLong("unit_id")))
			.single();
	}

	/** Every figure, pledge and required evidence of the assessment except the 年度工作总结's five parts. */
	public static Map<String, Object> assessmentFigures(String allianceName) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("alliance_name", allianceName);
		values.put("lead_unit", "牵头单位");
		values.put("formed", true);
		values.put("contact_name", "王五");
		values.put("contact_phone", "13800000000");
		values.put("mgmt_system", "很完善");
		values.put("midlong_goals", "良好");
		values.put("rd_investment_3y", 1700);
		values.put("research_projects", Map.of("provincial_or_above", 1, "department", 1));
		values.put("sci_awards", Map.of("provincial_ministerial", 0, "social", 1));
		values.put("ip_granted", Map.of("invention", 1, "utility", 2, "other", 0));
		values.put("standards_3y", Map.of("intl", 0, "national", 0, "industry", 1, "group", 1, "enterprise", 0));
		values.put("problems_solved", 2);
		values.put("training_qualifications", 1);
		values.put("platforms", Map.of("national", 0, "provincial", 2));
		values.put("economic_benefit", 1200);
		values.put("notice_acknowledged", true);
		values.put("truthfulness_pledge", true);
		return values;
	}

	/** The five parts of 004 附件4, each starting with its number so a test can find it. */
	public static Map<String, Object> summary(String marker) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> keys = AllianceHistory.Summary.KEYS;
		for (int part = 0; part < keys.size(); part++) {
			values.put(keys.get(part), marker + "第" + (part + 1) + "部分");
		}
		return values;
	}

	/** Fills the application completely (figures, summary, both required PDFs) so that it can be submitted. */
	public static void fillAssessment(Applications applications, Caller lead, long id, String allianceName,
			String marker) {
		Map<String, Object> values = assessmentFigures(allianceName);
		values.putAll(summary(marker));
		ApplicationView view = applications.get(lead, id);
		applications.save(lead, id, values, Map.of(), view.version(), false);
		for (String slot : List.of("rd_investment_proof", "annual_summary")) {
			applications.attach(lead, id, slot, new ByteArrayInputStream(ApplicantApi.pdf(2_000)), slot + ".pdf");
		}
	}

}
