package shenbao.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.application.ApplicantApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the 汇总表 of 1 000 and of 10 000
 * etc-2026 applications, exported by the province reviewer (every level's scores: 44 columns) through
 * {@code GET /api/v1/exports/summary}. Setup, untimed: 10 000 units with valid credit codes and complete forms in
 * 天水市 (1 000 in 秦州区, 9 000 in 麦积区), each with locked city and province score sheets over all 15 indicators.
 * <p>
 * Two phases. Time: median of {@code bench.rounds} exports each, whole request from send to last byte. Memory: the
 * same exports again while a thread forces a GC every 100 ms and keeps the highest heap left after one (the memory
 * the export holds, not its garbage), against a baseline taken the same way before; plus the bytes the JVM
 * allocated per row.
 * <p>
 * Run: {@code SHENBAO_TEST_DB_NAME=shenbao_bench ./mvnw -B -ntp test -Dtest=ExportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results: {@code target/benchmarks/export.txt}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.level.root=WARN")
class ExportBenchmark {

	private static final String PROGRAM = "etc-2026";

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	/** The whole etc-2026 form (as AutosaveBenchmark sends it), so that every row pays for its real scoring. */
	private static final String VALUES = """
			{"unit_name": "基准测试企业", "rd_expense": 1200, "main_revenue": 30000, "sales_revenue": 32000,
			 "employees": 800, "rd_staff": 120, "senior_phd_count": 4, "valid_invention_patents": 7,
			 "achievements_filed_3y": 3, "rd_equipment_value": 760, "provincial_platforms": 2, "accredited_labs": 1,
			 "patent_applications": {"invention": 1, "utility": 3, "software": 2, "design": 1},
			 "new_products_filed": 6, "new_products_year": 8,
			 "standards_3y": {"intl_lead": 0, "intl_part": 0, "national_lead": 0, "national_part": 1, "industry_lead": 1,
			  "industry_part": 2, "group_lead": 0, "group_part": 1, "enterprise": 3},
			 "new_product_sales": 9000, "profit": 2100, "awards": {"special": 0, "first": 0, "second": 1},
			 "notice_acknowledged": true, "truthfulness_pledge": true}
			""";

	private static final String SCORES = """
			{"rd_expense_per_capita": 1, "rd_revenue_ratio_pct": 5, "rd_staff_ratio_pct": 5, "senior_phd_count": 4,
			 "valid_invention_patents": 5, "achievements_filed_3y": 3, "rd_equipment_value": 4, "provincial_platforms": 2,
			 "accredited_labs": 1, "patent_applications": 5, "new_products_filed": 6, "standards_3y": 7,
			 "new_product_sales_ratio_pct": 10, "profit_margin_pct": 4, "awards": 1}
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Test
	void exportTenThousandApplications() throws Exception {
		int rounds = Integer.getInteger("bench.rounds", 5);
		long setup = System.nanoTime();
		insert(1_000, "620502", 1);
		insert(9_000, "620503", 1_001);
		double setupSeconds = (System.nanoTime() - setup) / 1e9;
		BenchReport report = new BenchReport("export", this.jdbc);
		try (Loopback http = new Loopback(this.port)) {
			HttpResponse<String> issued = http.postJson("/api/v1/auth/token", null,
					"{\"username\":\"province\",\"password\":\"" + ApplicantApi.PASSWORD + "\"}");
			Matcher token = TOKEN.matcher(issued.body());
			assertThat(token.find()).as(issued.body()).isTrue();
			Export small = new Export(http, token.group(1), "620502");
			Export large = new Export(http, token.group(1), "620500");

			small.run();
			large.run();
			small.run();
			large.run();
			double[] smallMillis = new double[rounds];
			double[] largeMillis = new double[rounds];
			double[] smallCpu = new double[rounds];
			double[] largeCpu = new double[rounds];
			try (var recording = Profiling.start("export")) {
				for (int round = 0; round < rounds; round++) {
					long cpu = cpuNanos();
					smallMillis[round] = small.run();
					smallCpu[round] = (cpuNanos() - cpu) / 1e6;
					cpu = cpuNanos();
					largeMillis[round] = large.run();
					largeCpu[round] = (cpuNanos() - cpu) / 1e6;
				}
			}
			Memory smallMemory = memory(small);
			Memory largeMemory = memory(large);

			report.row("setup (untimed): 10 000 units, applications and 20 000 score sheets in %.1f s", setupSeconds)
				.row("exporter: province (all levels visible: %d columns); %d measured rounds after 2 warm-up rounds",
						44, rounds)
				.line("")
				.row("%-28s %8s %9s %9s %9s %10s %10s %12s", "export", "rows", "median ms", "min ms", "max ms", "rows/s",
						"xlsx KB", "JVM cpu ms");
			row(report, "秦州区 (region=620502)", small, smallMillis, smallCpu);
			row(report, "天水市 (region=620500)", large, largeMillis, largeCpu);
			report.line("JVM cpu ms = CPU time of this JVM (server and client, all threads) during the export, median; "
					+ "PostgreSQL's own CPU is not in it");
			report.line("")
				.row("%-28s %14s %14s %16s", "memory", "retained MB", "allocated MB", "allocated KB/row")
				.row("%-28s %14.1f %14.1f %16.1f", "1 000 rows", smallMemory.retainedMb(), smallMemory.allocatedMb(),
						smallMemory.allocatedMb() * 1024 / small.rows)
				.row("%-28s %14.1f %14.1f %16.1f", "10 000 rows", largeMemory.retainedMb(), largeMemory.allocatedMb(),
						largeMemory.allocatedMb() * 1024 / large.rows)
				.line("retained = highest heap left after a forced GC (every 100 ms) during the export, minus the "
						+ "same before it; allocated = all threads of this JVM (client included), garbage too")
				.row("goal: 10 000 rows < 2000 ms: median %.0f ms; heap flat from 1 000 to 10 000 rows: %+.1f MB",
						median(largeMillis), largeMemory.retainedMb() - smallMemory.retainedMb())
				.finish();
			assertThat(small.rows).isEqualTo(1_000);
			assertThat(large.rows).isEqualTo(10_000);
		}
	}

	/** Units (valid credit codes) and their submitted applications with locked city and province sheets. */
	private void insert(int count, String county, int firstNumber) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		List<Object[]> units = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			int number = firstNumber + index;
			units.add(new Object[] { ApplicantApi.creditCode(county, number), "基准单位" + number + "有限公司", county,
					"联系人" + number, "139" + String.format("%08d", number), now });
		}
		this.template.batchUpdate("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (?, ?, 'ENTERPRISE', ?, ?, ?, ?)
				""", units);
		this.jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				SELECT id, name, :program, 1, 2026, region_code, '620500', 'PROVINCE_REVIEW', :values, :scores, :now,
				    :now, :now, 1
				FROM unit WHERE region_code = :county
				""")
			.param("program", PROGRAM)
			.param("values", VALUES)
			.param("scores", SCORES)
			.param("now", now)
			.param("county", county)
			.update();
		for (String level : List.of("CITY", "PROVINCE")) {
			this.jdbc.sql("""
					INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
					    updated_at, locked_at)
					SELECT id, :level, :scores, 63, 0, 'bench', TRUE, :now, :now
					FROM application WHERE region_code = :county AND program_code = :program
					""")
				.param("level", level)
				.param("scores", SCORES)
				.param("now", now)
				.param("county", county)
				.param("program", PROGRAM)
				.update();
		}
	}

	private static void row(BenchReport report, String name, Export export, double[] millis, double[] cpu) {
		double median = median(millis);
		report.row("%-28s %8d %9.0f %9.0f %9.0f %10.0f %10.0f %12.0f", name, export.rows, median,
				Arrays.stream(millis).min().orElse(0), Arrays.stream(millis).max().orElse(0),
				export.rows / (median / 1000), export.bytes / 1024.0, median(cpu));
	}

	private static long cpuNanos() {
		return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private Memory memory(Export export) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long baseline = retained(memory, 5);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().name("bench-heap").start(() -> {
			while (sampling.get()) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				LockSupport.parkNanos(100_000_000L);
			}
		});
		long allocatedBefore = threads.getTotalThreadAllocatedBytes();
		try {
			export.run();
		}
		finally {
			sampling.set(false);
			sampler.join();
		}
		long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
		return new Memory((peak.get() - baseline) / 1048576.0, allocated / 1048576.0);
	}

	/** Heap used after a few forced collections: what the JVM holds while idle. */
	private static long retained(MemoryMXBean memory, int times) {
		long least = Long.MAX_VALUE;
		for (int time = 0; time < times; time++) {
			System.gc();
			least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
		}
		return least;
	}

	record Memory(double retainedMb, double allocatedMb) {
	}

	/** One export request as a client makes it: the whole file read and counted, then dropped. */
	private final class Export {

		private final Loopback http;

		private final String token;

		private final String region;

		long rows;

		long bytes;

		Export(Loopback http, String token, String region) {
			this.http = http;
			this.token = token;
			this.region = region;
		}

		/** @return milliseconds from send to the last byte */
		double run() throws Exception {
			long start = System.nanoTime();
			HttpResponse<InputStream> response = this.http.stream(this.http
				.request("/api/v1/exports/summary?program=" + PROGRAM + "&region=" + this.region, this.token)
				.GET());
			long read = 0;
			try (InputStream body = response.body()) {
				byte[] buffer = new byte[65536];
				for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
					read += n;
				}
			}
			double millis = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("export answered " + response.statusCode());
			}
			this.bytes = read;
			// the server's own count, from the audit record the download wrote
			String detail = ExportBenchmark.this.jdbc
				.sql("SELECT detail FROM audit_record WHERE action = 'EXPORT' ORDER BY id DESC LIMIT 1")
				.query(String.class)
				.single();
			this.rows = Long.parseLong(detail.substring(detail.lastIndexOf(' ') + 1));
			return millis;
		}

	}

}
