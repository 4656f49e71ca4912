package shenbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A plain-text results block: printed, and written to {@code target/benchmarks/<name>.txt}. */
final class BenchReport {

	private final String name;

	private final List<String> lines = new ArrayList<>();

	BenchReport(String name, JdbcClient jdbc) {
		this.name = name;
		line("== " + name + " benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
					.getTotalMemorySize() / (1L << 30) + " GB RAM; JDK " + System.getProperty("java.vm.name") + " "
				+ Runtime.version() + "; max heap " + Runtime.getRuntime().maxMemory() / (1L << 20) + " MB");
		line("database: " + jdbc.sql("SELECT version()").query(String.class).single().replaceAll(" on .*", ""));
		line("load average at start (other work on this shared machine): " + loadAverage());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	BenchReport line(String text) {
		this.lines.add(text);
		return this;
	}

	BenchReport row(String format, Object... arguments) {
		return line(String.format(Locale.ROOT, format, arguments));
	}

	void finish() {
		line("load average at end: " + loadAverage());
		String text = String.join(System.lineSeparator(), this.lines) + System.lineSeparator();
		System.out.println();
		System.out.print(text);
		try {
			Path file = Path.of("target", "benchmarks", this.name + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
