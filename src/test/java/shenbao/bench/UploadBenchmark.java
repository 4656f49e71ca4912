package shenbao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.FileSystemUtils;

import shenbao.bench.BenchApplicants.Applicant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4 benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): a 20 MB PDF uploaded through
 * {@code POST /api/v1/applications/{id}/attachments} against {@code dd … conv=fdatasync} into the storage root's
 * filesystem, alternating, median of several; then N concurrent 20 MB uploads while the server's heap is sampled
 * every 10 ms. The concurrent uploads are sent by {@code curl} processes, so that the client's own buffers do not
 * count in the heap being measured (client and server share this JVM otherwise).
 * <p>
 * Run: {@code SHENBAO_TEST_DB_NAME=shenbao_bench ./mvnw -B -ntp test -Dtest=UploadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results: {@code target/benchmarks/upload.txt}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// the production pool (application-postgres.properties), not the test suite's smaller one
		properties = { "shenbao.storage.root=target/bench-files", "logging.level.root=WARN",
				"spring.datasource.hikari.maximum-pool-size=${shenbao.db.pool-size}" })
class UploadBenchmark {

	private static final int SIZE = 20 * 1024 * 1024;

	private static final double MB = 1024 * 1024;

	private static final int WARMUP = 2;

	private static final int MEASURED = 7;

	private static final int[] CONCURRENT = { 10, 20 };

	private static final String SLOT = "rd_expense_proof";

	private static final Path STORAGE = Path.of("target", "bench-files");

	private static final Pattern DD = Pattern.compile("(\\d+) bytes .* copied, ([0-9.eE-]+) s");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void twentyMegabyteUploadsAgainstDdAndTheHeap() throws Exception {
		BenchReport report = new BenchReport("upload", this.jdbc);
		Path pdf = Path.of("target", "bench-upload-20mb.pdf");
		writePdf(pdf);
		try (Loopback http = new Loopback(this.port)) {
			int applicantCount = Arrays.stream(CONCURRENT).max().orElseThrow();
			List<Applicant> applicants = BenchApplicants.create(applicantCount, "upload", this.jdbc, this.encoder, http);
			Applicant single = applicants.get(0);

			double[] upload = new double[MEASURED];
			double[] curl = new double[MEASURED];
			double[] raw = new double[MEASURED];
			double[] dd = new double[MEASURED];
			double[] ddZeros = new double[MEASURED];
			try (var recording = Profiling.start("upload")) {
				for (int run = 0; run < WARMUP + MEASURED; run++) {
					double uploadRate = SIZE / MB / upload(http, single, pdf);
					double curlRate = SIZE / MB / curl(single, pdf);
					double rawRate = SIZE / MB / curlRaw(single, pdf);
					double ddRate = dd(pdf);
					double ddZerosRate = dd(Path.of("/dev/zero"));
					if (run >= WARMUP) {
						upload[run - WARMUP] = uploadRate;
						curl[run - WARMUP] = curlRate;
						raw[run - WARMUP] = rawRate;
						dd[run - WARMUP] = ddRate;
						ddZeros[run - WARMUP] = ddZerosRate;
					}
				}
			}
			double[] parts = components();
			report.row("file: %d bytes (20 MiB) PDF; storage root %s; MB = MiB; %d warm-up + %d measured runs, "
					+ "upload and dd alternating", SIZE, STORAGE.toAbsolutePath(), WARMUP, MEASURED)
				.line("")
				.row("%-52s %9s %9s %9s", "20 MiB write", "median", "min", "max")
				.row("%-52s %9.1f %9.1f %9.1f", "API upload, java.net.http (MB/s, whole request)", median(upload),
						min(upload), max(upload))
				.row("%-52s %9.1f %9.1f %9.1f", "API upload, curl (MB/s, whole request)", median(curl), min(curl),
						max(curl))
				.row("%-52s %9.1f %9.1f %9.1f", "API raw PUT application/pdf, curl (MB/s)", median(raw), min(raw),
						max(raw))
				.row("%-52s %9.1f %9.1f %9.1f", "dd if=<the PDF> bs=1M conv=fdatasync (MB/s)", median(dd), min(dd),
						max(dd))
				.row("%-52s %9.1f %9.1f %9.1f", "  for reference: dd if=/dev/zero, same options", median(ddZeros),
						min(ddZeros), max(ddZeros))
				.row("upload / dd = %.1f%% (java.net.http), %.1f%% (curl), %.1f%% (raw PUT)   (goal >= 50%%)",
						100 * median(upload) / median(dd), 100 * median(curl) / median(dd), 100 * median(raw) / median(dd))
				.row("for reference, in this JVM: SHA-256 %.0f MB/s; FileChannel write + force(true) %.0f MB/s; "
						+ "read back from page cache %.0f MB/s", parts[0], parts[1], parts[2])
				.line("")
				.row("%-14s %12s %12s %12s %14s %24s %16s %14s", "concurrent", "baseline MB", "peak MB", "growth MB",
						"per upload MB", "live after GC MB", "allocated/upload", "all done in");
			boolean allStored = true;
			for (int concurrent : CONCURRENT) {
				HeapGrowth growth = concurrentUploads(applicants.subList(0, concurrent), pdf);
				allStored &= growth.stored() == concurrent;
				report.row("%-14s %12.1f %12.1f %12.1f %14.2f %24s %13.1f MB %7.1f s (%3.0f MB/s)", concurrent + " x 20 MiB", growth.baseline() / MB,
						growth.peak() / MB, (growth.peak() - growth.baseline()) / MB,
						(growth.peak() - growth.baseline()) / MB / concurrent,
						growth.liveAfterGc() < 0 ? "no GC" : String.format(java.util.Locale.ROOT, "%.1f (+%.2f/upload)",
								growth.liveAfterGc() / MB, (growth.liveAfterGc() - growth.baseline()) / MB / concurrent),
						growth.allocated() / MB / concurrent, growth.seconds(), concurrent * SIZE / MB / growth.seconds());
			}
			report.line("heap = MemoryMXBean used, sampled every 10 ms from a System.gc() baseline to the last answer; "
					+ "it includes garbage not yet collected. 'live after GC' = the highest heap left by any GC that "
					+ "ran during the uploads; 'allocated' = bytes allocated by all threads of this JVM (garbage "
					+ "included), per upload.")
				.finish();
			assertThat(allStored).as("every concurrent upload answered 201").isTrue();
		}
		finally {
			Files.deleteIfExists(pdf);
			FileSystemUtils.deleteRecursively(STORAGE);
		}
	}

	/** @return seconds from sending the request to the 201 answer */
	private static double upload(Loopback http, Applicant applicant, Path pdf) throws Exception {
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"slot\"\r\n\r\n" + SLOT + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HttpResponse<String> answer = http.send(http
			.request("/api/v1/applications/" + applicant.applicationId() + "/attachments", applicant.token())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofFile(pdf),
					BodyPublishers.ofByteArray(tail))));
		double seconds = (System.nanoTime() - start) / 1e9;
		if (answer.statusCode() != 201 || !answer.body().contains("\"size\":" + SIZE)) {
			throw new IllegalStateException("Upload refused: " + answer.statusCode() + " " + answer.body());
		}
		return seconds;
	}

	/** @return seconds curl reports for the whole request (time_total), sent from another process */
	private double curl(Applicant applicant, Path pdf) throws IOException, InterruptedException {
		Process process = curlUpload(applicant, pdf, "%{http_code} %{time_total}");
		String[] output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
		process.waitFor();
		if (!"201".equals(output[0])) {
			throw new IllegalStateException("Upload refused: " + String.join(" ", output));
		}
		return Double.parseDouble(output[1]);
	}

	/** The same file as the raw request body of {@code PUT .../attachments/{slot}}: no multipart parsing. */
	private double curlRaw(Applicant applicant, Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "-H",
				"Expect:", "-H", "Authorization: Bearer " + applicant.token(), "-H", "Content-Type: application/pdf",
				"-T", pdf.toAbsolutePath().toString(), "http://127.0.0.1:" + this.port + "/api/v1/applications/"
						+ applicant.applicationId() + "/attachments/" + SLOT + "?filename=bench.pdf")
			.redirectErrorStream(true)
			.start();
		String[] output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
		process.waitFor();
		if (!"201".equals(output[0])) {
			throw new IllegalStateException("Raw upload refused: " + String.join(" ", output));
		}
		return Double.parseDouble(output[1]);
	}

	private Process curlUpload(Applicant applicant, Path pdf, String format) throws IOException {
		return new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", format, "-H", "Expect:", "-H",
				"Authorization: Bearer " + applicant.token(), "-F", "slot=" + SLOT, "-F",
				"file=@" + pdf.toAbsolutePath() + ";type=application/pdf;filename=bench.pdf",
				"http://127.0.0.1:" + this.port + "/api/v1/applications/" + applicant.applicationId() + "/attachments")
			.redirectErrorStream(true)
			.start();
	}

	/**
	 * {@code dd} into the storage root's filesystem, as the issue asks; its own report of bytes and seconds. It
	 * copies the uploaded file itself (in the page cache after the first round), so both sides write the same bytes:
	 * a virtual disk may treat a block of zeros ({@code if=/dev/zero}) more cheaply than the upload's random bytes.
	 */
	private static double dd(Path pdf) throws IOException, InterruptedException {
		Files.createDirectories(STORAGE);
		Path target = STORAGE.resolve("dd-bench.tmp");
		Process process = new ProcessBuilder("dd", "if=" + pdf.toAbsolutePath(), "of=" + target, "bs=1M", "count=20",
				"conv=fdatasync")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Files.deleteIfExists(target);
		Matcher matcher = DD.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected dd output: " + output);
		}
		return Long.parseLong(matcher.group(1)) / MB / Double.parseDouble(matcher.group(2));
	}

	/** The pieces an upload is made of, timed alone: hashing, a forced write, a read. Median of five, MB/s. */
	private static double[] components() throws Exception {
		byte[] bytes = new byte[SIZE];
		new Random(4).nextBytes(bytes);
		double[] sha = new double[5];
		double[] write = new double[5];
		double[] read = new double[5];
		Path file = STORAGE.resolve("component-bench.tmp");
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			MessageDigest.getInstance("SHA-256").digest(bytes);
			sha[run] = SIZE / MB / ((System.nanoTime() - start) / 1e9);
			start = System.nanoTime();
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			write[run] = SIZE / MB / ((System.nanoTime() - start) / 1e9);
			start = System.nanoTime();
			try (var in = Files.newInputStream(file)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			read[run] = SIZE / MB / ((System.nanoTime() - start) / 1e9);
		}
		Files.deleteIfExists(file);
		return new double[] { median(sha), median(write), median(read) };
	}

	private HeapGrowth concurrentUploads(List<Applicant> applicants, Path pdf) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicLong liveAfterGc = new AtomicLong(-1);
		java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.map(java.lang.management.MemoryPoolMXBean::getName)
			.collect(java.util.stream.Collectors.toSet());
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getTotalThreadAllocatedBytes();
		NotificationListener gcListener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
				long after = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(pool -> heapPools.contains(pool.getKey()))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				liveAfterGc.accumulateAndGet(after, Math::max);
			}
		};
		List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
		collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null));
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().name("bench-heap").start(() -> {
			while (sampling.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				LockSupport.parkNanos(10_000_000L);
			}
		});
		int stored = 0;
		double seconds;
		long started = System.nanoTime();
		try {
			List<Process> curls = new ArrayList<>();
			for (Applicant applicant : applicants) {
				curls.add(curlUpload(applicant, pdf, "%{http_code}"));
			}
			for (Process curl : curls) {
				String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				curl.waitFor();
				if ("201".equals(status)) {
					stored++;
				}
			}
		}
		finally {
			seconds = (System.nanoTime() - started) / 1e9;
			sampling.set(false);
			sampler.join();
			for (GarbageCollectorMXBean gc : collectors) {
				((NotificationEmitter) gc).removeNotificationListener(gcListener);
			}
		}
		long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
		return new HeapGrowth(baseline, peak.get(), liveAfterGc.get(), allocated, stored, seconds);
	}

	record HeapGrowth(long baseline, long peak, long liveAfterGc, long allocated, int stored, double seconds) {
	}

	private static void writePdf(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] header = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[SIZE - header.length - trailer.length];
		new Random(20).nextBytes(body);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(header);
			out.write(body);
			out.write(trailer);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

}
