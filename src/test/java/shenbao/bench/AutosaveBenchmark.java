package shenbao.bench;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.bench.BenchApplicants.Applicant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4 benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): 200 applicants, each with its own
 * unit, bearer token and etc-2026 draft, save their whole 企业技术中心 form (every field and every self-score) over
 * real HTTP as fast as the server answers, each save carrying the version the previous one returned. In the same run
 * the same clients call {@code GET /api/v1/me} (bearer check + a tiny JSON answer) as the trivial yardstick, and
 * finally autosave at a human pace (one save per applicant per second) for the latency a user would see.
 * <p>
 * Run: {@code SHENBAO_TEST_DB_NAME=shenbao_bench ./mvnw -B -ntp test -Dtest=AutosaveBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.clients}, {@code -Dbench.warmup} and {@code -Dbench.seconds}
 * change the load. Results: {@code target/benchmarks/autosave.txt}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// the production pool (application-postgres.properties), not the test suite's smaller one
		properties = { "shenbao.storage.root=target/bench-files", "logging.level.root=WARN",
				"spring.datasource.hikari.maximum-pool-size=${shenbao.db.pool-size}" })
class AutosaveBenchmark {

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	/** The whole etc-2026 form, as ApplicationApiIntegrationTests fills it, plus every part and every self-score. */
	private static final String FULL_FORM = """
			{"values": {"unit_name": "基准测试企业", "rd_expense": %d, "main_revenue": 30000, "sales_revenue": 32000,
			 "employees": 800, "rd_staff": 120, "senior_phd_count": 4, "valid_invention_patents": 7,
			 "achievements_filed_3y": 3, "rd_equipment_value": 760, "provincial_platforms": 2, "accredited_labs": 1,
			 "patent_applications": {"invention": 1, "utility": 3, "software": 2, "design": 1},
			 "new_products_filed": 6, "new_products_year": 8,
			 "standards_3y": {"intl_lead": 0, "intl_part": 0, "national_lead": 0, "national_part": 1, "industry_lead": 1,
			  "industry_part": 2, "group_lead": 0, "group_part": 1, "enterprise": 3},
			 "new_product_sales": 9000, "profit": 2100, "awards": {"special": 0, "first": 0, "second": 1},
			 "notice_acknowledged": true, "truthfulness_pledge": true},
			 "selfScores": {"rd_expense_per_capita": 1, "rd_revenue_ratio_pct": 5, "rd_staff_ratio_pct": 5,
			  "senior_phd_count": 4, "valid_invention_patents": 5, "achievements_filed_3y": 3, "rd_equipment_value": 4,
			  "provincial_platforms": 2, "accredited_labs": 1, "patent_applications": 5, "new_products_filed": 6,
			  "standards_3y": 7, "new_product_sales_ratio_pct": 10, "profit_margin_pct": 4, "awards": 1},
			 "version": %d}
			""";

	/** The same form as the browser's autosave sends it: every field of the page, named as the page names them. */
	private static final Map<String, String> FULL_PAGE = fullPage();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Test
	void twoHundredApplicantsAutosaveTheirWholeForm() throws Exception {
		int clients = Integer.getInteger("bench.clients", 200);
		Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
		Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
		BenchReport report = new BenchReport("autosave", this.jdbc);
		try (Loopback http = new Loopback(this.port)) {
			List<Applicant> applicants = BenchApplicants.create(clients, "autosave", this.jdbc, this.encoder, http);
			List<Saver> savers = applicants.stream().map(applicant -> new Saver(http, applicant)).toList();
			List<Client> me = applicants.stream().<Client>map(applicant -> new Trivial(http, applicant)).toList();
			// the form pages save their own drafts: a version moved by the API phases would make them stale
			List<Client> pages = formSessions(http,
					BenchApplicants.create(clients, "autosave-page", this.jdbc, this.encoder, http));

			closedLoop(savers, warmup);
			closedLoop(me, Duration.ofSeconds(Math.max(1, warmup.toSeconds() / 2)));
			closedLoop(pages, Duration.ofSeconds(Math.max(1, warmup.toSeconds() / 2)));

			ServerGauges gauges = new ServerGauges(this.dataSource, this.jdbc);
			Latencies autosave;
			try (var recording = Profiling.start("autosave")) {
				autosave = closedLoop(savers, measured);
			}
			String autosaveGauges = gauges.summary(autosave.count());
			gauges = new ServerGauges(this.dataSource, this.jdbc);
			Latencies trivial;
			try (var recording = Profiling.start("autosave-trivial")) {
				trivial = closedLoop(me, measured);
			}
			String trivialGauges = gauges.summary(trivial.count());
			gauges = new ServerGauges(this.dataSource, this.jdbc);
			Latencies htmx;
			try (var recording = Profiling.start("autosave-htmx")) {
				htmx = closedLoop(pages, measured);
			}
			String htmxGauges = gauges.summary(htmx.count());
			gauges = new ServerGauges(this.dataSource, this.jdbc);
			Latencies paced = paced(savers, measured, Duration.ofSeconds(1));
			String pacedGauges = gauges.summary(paced.count());
			gauges = new ServerGauges(this.dataSource, this.jdbc);
			Latencies pacedPages = paced(pages, measured, Duration.ofSeconds(1));
			String pacedPagesGauges = gauges.summary(pacedPages.count());

			String form = FULL_FORM.formatted(1200, 0);
			report.row("%d applicants, one etc-2026 draft each; full form = %d bytes of JSON (29 values, 15 self-scores)",
					clients, form.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
				.row("warm-up %d s autosave + %d s trivial + %d s form page, then %d s per phase; latency = send to full"
						+ " answer", warmup.toSeconds(), Math.max(1, warmup.toSeconds() / 2),
						Math.max(1, warmup.toSeconds() / 2), measured.toSeconds())
				.line("")
				.row("%-40s %8s %8s %8s %8s %8s %9s %6s", "phase", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms",
						"req/s", "errors");
			row(report, "PUT /api/v1/applications/{id}/values", autosave);
			row(report, "GET /api/v1/me (trivial)", trivial);
			row(report, "POST /applications/{id}/values (htmx)", htmx);
			row(report, "PUT values, paced 1 save/s per applicant", paced);
			row(report, "htmx, paced 1 save/s per applicant", pacedPages);
			report.line("")
				.row("autosave throughput / trivial throughput = %.1f%%   (goal >= 50%%)",
						100 * autosave.perSecond() / trivial.perSecond())
				.row("autosave p99 at full load = %.0f ms, paced = %.0f ms   (goal < 300 ms)", autosave.millis(99),
						paced.millis(99))
				.row("form page's autosave (htmx, session cookie, HTML answer) / trivial = %.1f%%, p99 at full load"
						+ " %.0f ms, paced %.0f ms", 100 * htmx.perSecond() / trivial.perSecond(), htmx.millis(99),
						pacedPages.millis(99))
				.line("")
				.line("server side during each phase (same JVM as the clients):")
				.line("  autosave: " + autosaveGauges)
				.line("  trivial:  " + trivialGauges)
				.line("  htmx:     " + htmxGauges)
				.line("  paced:    " + pacedGauges)
				.line("  htmx paced: " + pacedPagesGauges)
				.finish();
			assertThat(autosave.errors() + trivial.errors() + htmx.errors() + paced.errors() + pacedPages.errors())
				.as("failed requests")
				.isZero();
		}
	}

	/** A form session per applicant (a BCrypt login each, so a few at a time). */
	private static List<Client> formSessions(Loopback http, List<Applicant> applicants) throws Exception {
		try (ExecutorService logins = Executors.newFixedThreadPool(4)) {
			List<java.util.concurrent.Future<FormSession>> opened = new ArrayList<>();
			for (Applicant applicant : applicants) {
				opened.add(logins.submit(() -> FormSession.open(http, applicant.username(), BenchApplicants.PASSWORD,
						applicant.applicationId())));
			}
			List<Client> pages = new ArrayList<>();
			for (var session : opened) {
				pages.add(new PageSaver(session.get()));
			}
			return pages;
		}
	}

	/** {@link #FULL_FORM} flattened into the page's field names: {@code v.key}, {@code v.key.part}, {@code s.indicator}. */
	private static Map<String, String> fullPage() {
		Map<String, String> page = new java.util.LinkedHashMap<>();
		tools.jackson.databind.JsonNode form = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(FULL_FORM.formatted(1200, 0));
		form.get("values").properties().forEach(value -> {
			if (value.getValue().isObject()) {
				value.getValue()
					.properties()
					.forEach(part -> page.put("v." + value.getKey() + "." + part.getKey(), part.getValue().asString()));
			}
			else {
				page.put("v." + value.getKey(), value.getValue().asString());
			}
		});
		form.get("selfScores").properties().forEach(score -> page.put("s." + score.getKey(), score.getValue().asString()));
		return Map.copyOf(page);
	}

	private static void row(BenchReport report, String phase, Latencies latencies) {
		report.row("%-40s %8d %8.1f %8.1f %8.1f %8.1f %9.1f %6d", phase, latencies.count(), latencies.millis(50),
				latencies.millis(90), latencies.millis(99), latencies.maxMillis(), latencies.perSecond(),
				latencies.errors());
	}

	/** Every client sends its next request as soon as the previous one is answered, until the time is up. */
	private static Latencies closedLoop(List<? extends Client> clients, Duration duration) throws Exception {
		return run(clients, duration, null);
	}

	/**
	 * Every client sends one request per {@code interval}, starting at a random offset. Latency counts from the
	 * planned send time, so a late answer also delays (and is charged to) the next one.
	 */
	private static Latencies paced(List<? extends Client> clients, Duration duration, Duration interval)
			throws Exception {
		return run(clients, duration, interval);
	}

	private static Latencies run(List<? extends Client> clients, Duration duration, Duration interval)
			throws Exception {
		List<Latencies.Recorder> recorders = new ArrayList<>();
		CountDownLatch ready = new CountDownLatch(clients.size());
		CountDownLatch go = new CountDownLatch(1);
		AtomicLong lastAnswer = new AtomicLong();
		long[] start = new long[1];
		long[] end = new long[1];
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Client client : clients) {
				Latencies.Recorder recorder = new Latencies.Recorder();
				recorders.add(recorder);
				long offset = interval == null ? 0 : java.util.concurrent.ThreadLocalRandom.current()
					.nextLong(interval.toNanos());
				threads.submit(() -> {
					ready.countDown();
					go.await();
					long planned = start[0] + offset;
					while (true) {
						if (interval != null) {
							long wait = planned - System.nanoTime();
							if (wait > 0) {
								LockSupport.parkNanos(wait);
							}
						}
						long sent = interval == null ? System.nanoTime() : planned;
						if (sent >= end[0]) {
							break;
						}
						boolean ok = client.call();
						long answered = System.nanoTime();
						recorder.add(answered - sent);
						if (!ok) {
							recorder.errors++;
						}
						lastAnswer.accumulateAndGet(answered, Math::max);
						if (interval != null) {
							planned += interval.toNanos();
						}
					}
					return null;
				});
			}
			ready.await();
			start[0] = System.nanoTime();
			end[0] = start[0] + duration.toNanos();
			go.countDown();
		}
		double seconds = (Math.max(lastAnswer.get(), end[0]) - start[0]) / 1e9;
		return new Latencies(Latencies.Recorder.merge(recorders), Latencies.Recorder.errors(recorders), seconds);
	}

	interface Client {

		/** One request; false when the answer was not the expected one. */
		boolean call() throws Exception;

	}

	/** One applicant's autosave: the full form, the version from the last answer, one value changed each time. */
	static final class Saver implements Client {

		private final Loopback http;

		private final Applicant applicant;

		private final String path;

		private long version;

		private int round;

		Saver(Loopback http, Applicant applicant) {
			this.http = http;
			this.applicant = applicant;
			this.path = "/api/v1/applications/" + applicant.applicationId() + "/values";
		}

		@Override
		public boolean call() throws Exception {
			String body = FULL_FORM.formatted(1200 + this.round++ % 500, this.version);
			HttpResponse<String> answer = this.http.send(this.http.request(this.path, this.applicant.token())
				.header("Content-Type", "application/json")
				.PUT(BodyPublishers.ofString(body)));
			Matcher version = VERSION.matcher(answer.body());
			if (answer.statusCode() == 200 && version.find()) {
				this.version = Long.parseLong(version.group(1));
				return true;
			}
			// should not happen (each applicant is alone on its draft): catch up so one slip is counted once
			Matcher current = VERSION.matcher(this.http
				.get("/api/v1/applications/" + this.applicant.applicationId(), this.applicant.token())
				.body());
			if (current.find()) {
				this.version = Long.parseLong(current.group(1));
			}
			return false;
		}

	}

	/** One applicant's form page autosaving: the whole page, one figure changed each time (as a person types). */
	static final class PageSaver implements Client {

		private final FormSession session;

		private int round;

		PageSaver(FormSession session) {
			this.session = session;
		}

		@Override
		public boolean call() throws Exception {
			Map<String, String> fields = new java.util.LinkedHashMap<>(FULL_PAGE);
			fields.put("v.rd_expense", String.valueOf(1200 + this.round++ % 500));
			return this.session.autosave(fields);
		}

	}

	/** The yardstick: the same bearer check and a tiny JSON answer, with no form work behind it. */
	record Trivial(Loopback http, Applicant applicant) implements Client {

		@Override
		public boolean call() throws Exception {
			return this.http.get("/api/v1/me", this.applicant.token()).statusCode() == 200;
		}

	}

}
