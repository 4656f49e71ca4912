package shenbao.book.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import shenbao.application.ApplicantApi;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 6 benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): one complete 企业技术中心 application
 * (every field, every part, 15 self-scores, 14 attachments) turned into its 申报书, in the same JVM, without HTTP.
 * Phases: the first render after start (cold), a warm-up, then {@code bench.rounds} renders of the unsealed book
 * (template + layout + PDF) and as many of the sealed one (the same plus an incremental PAdES signature). Goal: sealed
 * book &lt; 500 ms warm.
 * <p>
 * Run: {@code SHENBAO_TEST_DB_NAME=shenbao_bench ./mvnw -B -ntp test -Dtest=BookBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.warmup} and {@code -Dbench.rounds} change the counts.
 * Results: {@code target/benchmarks/book.txt}.
 */
@SpringBootTest(properties = { "shenbao.storage.root=target/bench-files", "logging.level.root=WARN" })
@AutoConfigureMockMvc
class BookBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Applications applications;

	@Autowired
	BookSealing sealing;

	@Test
	void oneFullEnterpriseTechnologyCentreBook() throws Exception {
		int warmup = Integer.getInteger("bench.warmup", 30);
		int rounds = Integer.getInteger("bench.rounds", 50);
		ApplicationView view = fullApplication();

		long start = System.nanoTime();
		byte[] first = this.sealing.draft(view);
		double cold = (System.nanoTime() - start) / 1e6;
		for (int index = 0; index < warmup; index++) {
			this.sealing.renderSealed(view, Instant.now());
		}
		double[] unsealed = new double[rounds];
		double[] sealed = new double[rounds];
		double[] unsealedCpu = new double[rounds];
		double[] sealedCpu = new double[rounds];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		byte[] book = first;
		for (int index = 0; index < rounds; index++) {
			long cpu = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			this.sealing.draft(view);
			unsealed[index] = (System.nanoTime() - start) / 1e6;
			unsealedCpu[index] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
			cpu = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			book = this.sealing.renderSealed(view, Instant.now());
			sealed[index] = (System.nanoTime() - start) / 1e6;
			sealedCpu[index] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
		}
		int pages;
		try (var document = Loader.loadPDF(book)) {
			pages = document.getNumberOfPages();
			assertThat(document.getSignatureDictionaries()).hasSize(1);
		}

		List<String> lines = new ArrayList<>();
		lines.add("book benchmark, " + Instant.now() + "; JDK " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " CPUs, load average "
				+ String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		lines.add("one etc-2026 application: %d values, %d self-scores, %d attachments -> %d pages, %d KB sealed"
			.formatted(view.values().size(), view.selfScores().size(), view.attachments().size(), pages,
					book.length / 1024));
		lines.add("first render after start (cold, unsealed): %.0f ms; warm-up %d sealed renders; %d measured each"
			.formatted(cold, warmup, rounds));
		lines.add("");
		lines.add(String.format("%-36s %8s %8s %8s %8s", "phase", "p50 ms", "p90 ms", "max ms", "mean ms"));
		lines.add(row("render (template + layout + PDF)", unsealed));
		lines.add(row("render + PAdES seal", sealed));
		lines.add(row("  CPU time of the thread: render", unsealedCpu));
		lines.add(row("  CPU time of the thread: + seal", sealedCpu));
		lines.add("");
		lines.add("goal: render + seal < 500 ms warm: wall p90 %s, thread CPU p90 %s (wall time grows with the load"
			.formatted(percentile(sealed, 90) < 500 ? "met" : "NOT met",
					percentile(sealedCpu, 90) < 500 ? "met" : "NOT met"));
		lines.add("average of a shared machine; CPU time is what one render costs, GC and JIT threads excluded)");
		String report = String.join("\n", lines) + "\n";
		System.out.println(report);
		Path file = Path.of("target/benchmarks/book.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	/** A unit with a submitted application filled like AutosaveBenchmark's full form, plus all 14 attachments. */
	private ApplicationView fullApplication() throws Exception {
		ApplicantApi api = new ApplicantApi(this.mvc);
		String username = "book-bench-" + System.nanoTime() % 1_000_000;
		ApplicantApi.createApplicant(this.jdbc, this.encoder, username,
				ApplicantApi.creditCode("620602", 800_000 + (int) (System.nanoTime() % 90_000)), "620602");
		long id = api.startEtc(username);
		api.fillEtcCompletely(username, id);
		String version = JsonPath.read(api.as(username, get("/api/v1/applications/" + id)).andReturn()
			.getResponse()
			.getContentAsString(), "$.version").toString();
		api.as(username, put("/api/v1/applications/" + id + "/values").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values": {"patent_applications": {"invention": 1, "utility": 3, "software": 2, "design": 1},
					 "standards_3y": {"intl_lead": 0, "intl_part": 0, "national_lead": 0, "national_part": 1,
					  "industry_lead": 1, "industry_part": 2, "group_lead": 0, "group_part": 1, "enterprise": 3},
					 "awards": {"special": 0, "first": 0, "second": 1}},
					 "selfScores": {"rd_expense_per_capita": 1, "rd_revenue_ratio_pct": 5, "rd_staff_ratio_pct": 5,
					  "senior_phd_count": 4, "valid_invention_patents": 5, "achievements_filed_3y": 3,
					  "rd_equipment_value": 4, "provincial_platforms": 2, "accredited_labs": 1, "patent_applications": 5,
					  "new_products_filed": 6, "standards_3y": 7, "new_product_sales_ratio_pct": 10,
					  "profit_margin_pct": 4, "awards": 1},
					 "version": %s}
					""".formatted(version)))
			.andExpect(status().isOk());
		long unit = this.jdbc.sql("SELECT unit_id FROM application WHERE id = :id").param("id", id)
			.query(Long.class)
			.single();
		return this.applications.get(BookSealing.sealReader(unit), id);
	}

	private static String row(String phase, double[] millis) {
		return String.format("%-36s %8.1f %8.1f %8.1f %8.1f", phase, percentile(millis, 50), percentile(millis, 90),
				Arrays.stream(millis).max().orElse(0), Arrays.stream(millis).average().orElse(0));
	}

	private static double percentile(double[] millis, int percent) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

}
