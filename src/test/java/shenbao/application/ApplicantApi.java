package shenbao.application;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Test helpers: bearer tokens for demo accounts, extra applicant units, and a few PDF-ish byte strings. */
public final class ApplicantApi {

	public static final String PASSWORD = "Demo@2026";

	private final MockMvc mvc;

	public ApplicantApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public String token(String username) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	public ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.header("Authorization", "Bearer " + token(username)));
	}

	/** A second applicant unit (in 城关区 by default), created straight in the database. */
	public static void createApplicant(JdbcClient jdbc, PasswordEncoder encoder, String username, String creditCode,
			String regionCode) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long unit = jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', :region, '王五', '13800000000', :now) RETURNING id
				""")
			.param("code", creditCode)
			.param("name", username + " 科技有限公司")
			.param("region", regionCode)
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, unit_id, display_name, created_at)
				VALUES (:username, :hash, 'APPLICANT', :region, :unit, :username, :now)
				""")
			.param("username", username)
			.param("hash", encoder.encode(PASSWORD))
			.param("region", regionCode)
			.param("unit", unit)
			.param("now", now)
			.update();
	}

	/**
	 * A valid GB 32100-2015 code for test unit {@code number} of a county: registration body 9 (企业), kind 1,
	 * the county code, then an organisation code and both check characters computed as STACK-NOTES describes.
	 */
	public static String creditCode(String county, int number) {
		String organisation = "MA" + String.format("%06d", number);
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int index = 0; index < 8; index++) {
			char character = organisation.charAt(index);
			sum += (Character.isDigit(character) ? character - '0' : character - 'A' + 10) * weights[index];
		}
		int check = 11 - sum % 11;
		String body = "91" + county + organisation + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int[] codeWeights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int total = 0;
		for (int index = 0; index < 17; index++) {
			total += alphabet.indexOf(body.charAt(index)) * codeWeights[index];
		}
		return body + alphabet.charAt((31 - total % 31) % 31);
	}

	/** Starts an etc-2026 application for the applicant (API), answering its id. */
	public long startEtc(String applicant) throws Exception {
		String body = as(applicant, post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"programCode\":\"etc-2026\"}")).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Fills every field, pledge and evidence slot of an etc-2026 application (API) so that it can be submitted. */
	public void fillEtcCompletely(String applicant, long id) throws Exception {
		String version = JsonPath.read(as(applicant, get("/api/v1/applications/" + id)).andReturn()
			.getResponse()
			.getContentAsString(), "$.version").toString();
		as(applicant, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values": {"unit_name": "测试企业", "rd_expense": 1200, "main_revenue": 30000, "sales_revenue": 32000,
					 "employees": 800, "rd_staff": 120, "new_products_year": 8, "rd_equipment_value": 760,
					 "new_product_sales": 9000, "profit": 2100, "senior_phd_count": 4, "valid_invention_patents": 7,
					 "achievements_filed_3y": 3, "provincial_platforms": 2, "accredited_labs": 1,
					 "patent_applications": {"invention": 1}, "new_products_filed": 6,
					 "standards_3y": {"enterprise": 1}, "notice_acknowledged": true, "truthfulness_pledge": true},
					 "version": %s}
					""".formatted(version)))
			.andExpect(status().isOk());
		for (String slot : java.util.List.of("rd_expense_proof", "rd_staff_proof", "senior_phd_proof",
				"invention_patents_proof", "achievements_proof", "rd_equipment_proof", "platforms_proof", "labs_proof",
				"patent_applications_proof", "new_products_filed_proof", "new_products_year_proof", "standards_proof",
				"finance_proof", "annual_summary")) {
			as(applicant, multipart("/api/v1/applications/" + id + "/attachments")
				.file(new MockMultipartFile("file", slot + ".pdf", "application/pdf", pdf(2000)))
				.param("slot", slot)).andExpect(status().isCreated());
		}
	}

	/** A new applicant unit in the region, with a started, complete and submitted etc-2026 application. */
	public long submittedEtc(String applicant) throws Exception {
		long id = startEtc(applicant);
		fillEtcCompletely(applicant, id);
		as(applicant, post("/api/v1/applications/" + id + "/submit")).andExpect(status().isOk());
		return id;
	}

	public static byte[] pdf(int size) {
		byte[] bytes = new byte[Math.max(size, 32)];
		byte[] header = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		System.arraycopy(header, 0, bytes, 0, header.length);
		for (int index = header.length; index < bytes.length; index++) {
			bytes[index] = (byte) ('a' + index % 26);
		}
		byte[] trailer = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(trailer, 0, bytes, bytes.length - trailer.length, trailer.length);
		return bytes;
	}

	static byte[] exe() {
		byte[] bytes = new byte[4096];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

}
