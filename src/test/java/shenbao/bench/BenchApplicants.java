package shenbao.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.identity.CreditCode;

/**
 * Setup for the benchmarks, never timed: applicant units and accounts written straight into the database (one
 * password hash shared by all, so setup does not spend minutes in BCrypt), then a bearer token and an etc-2026
 * application for each through the real API, as a client would get them.
 */
final class BenchApplicants {

	static final String PASSWORD = "Bench@2026";

	static final String PROGRAM = "etc-2026";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private BenchApplicants() {
	}

	/** One applicant: its bearer token and its draft application. */
	record Applicant(String username, String token, long applicationId) {
	}

	static List<Applicant> create(int count, String prefix, JdbcClient jdbc, PasswordEncoder encoder, Loopback http)
			throws Exception {
		String hash = encoder.encode(PASSWORD);
		List<String> usernames = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			String username = prefix + "-" + index;
			insertUnitAndAccount(jdbc, hash, username, creditCode(prefix.hashCode() & 0xfff, index));
			usernames.add(username);
		}
		// a few at a time: each token costs one BCrypt check on the server's two cores
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<Applicant>> started = new ArrayList<>();
			for (String username : usernames) {
				started.add(pool.submit(() -> start(http, username)));
			}
			List<Applicant> applicants = new ArrayList<>();
			for (Future<Applicant> applicant : started) {
				applicants.add(applicant.get());
			}
			return applicants;
		}
	}

	private static Applicant start(Loopback http, String username) throws IOException, InterruptedException {
		HttpResponse<String> issued = http.postJson("/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		String token = group(TOKEN, issued);
		HttpResponse<String> application = http.postJson("/api/v1/applications", token,
				"{\"programCode\":\"" + PROGRAM + "\"}");
		if (application.statusCode() != 201) {
			throw new IllegalStateException("Could not start an application: " + application.body());
		}
		return new Applicant(username, token, Long.parseLong(group(ID, application)));
	}

	private static String group(Pattern pattern, HttpResponse<String> response) {
		Matcher matcher = pattern.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected answer " + response.statusCode() + ": " + response.body());
		}
		return matcher.group(1);
	}

	private static void insertUnitAndAccount(JdbcClient jdbc, String hash, String username, String creditCode) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		long unit = jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', '620602', :contact, '13800000000', :now) RETURNING id
				""")
			.param("code", creditCode)
			.param("name", username)
			.param("contact", username)
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, unit_id, display_name, created_at)
				VALUES (:username, :hash, 'APPLICANT', '620602', :unit, :username, :now)
				""")
			.param("username", username)
			.param("hash", hash)
			.param("unit", unit)
			.param("now", now)
			.update();
	}

	/**
	 * A made-up valid 统一社会信用代码 (GB 32100, see STACK-NOTES): 91, 620602 (凉州区), an organisation code from
	 * the series and the index with its GB 11714 check character, and the GB 32100 check character.
	 */
	static String creditCode(int series, int index) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		String body = String.format("%04d%04d", 9000 + series % 1000, index);
		int[] organisationWeights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body.charAt(i), 36) * organisationWeights[i];
		}
		int organisation = 11 - sum % 11;
		String first17 = "91620602" + body + (organisation == 10 ? 'X' : organisation == 11 ? '0' : (char) ('0' + organisation));
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int total = 0;
		for (int i = 0; i < 17; i++) {
			total += alphabet.indexOf(first17.charAt(i)) * weights[i];
		}
		String code = first17 + alphabet.charAt((31 - total % 31) % 31);
		if (!CreditCode.isValid(code)) {
			throw new IllegalStateException("Generated an invalid credit code " + code);
		}
		return code;
	}

}
