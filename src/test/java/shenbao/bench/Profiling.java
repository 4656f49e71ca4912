package shenbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * With {@code -Dbench.jfr=true}, a Java Flight Recorder recording ("profile" settings) of a benchmark's main phase,
 * written to {@code target/benchmarks/<name>.jfr}; read it with {@code jfr print --events jdk.ExecutionSample}
 * or JDK Mission Control. Off by default: profiling costs some of the CPU being measured.
 */
final class Profiling implements AutoCloseable {

	private final Recording recording;

	private final Path file;

	private Profiling(Recording recording, Path file) {
		this.recording = recording;
		this.file = file;
	}

	static Profiling start(String name) {
		if (!Boolean.getBoolean("bench.jfr")) {
			return new Profiling(null, null);
		}
		try {
			Recording recording = new Recording(Configuration.getConfiguration("profile"));
			recording.start();
			return new Profiling(recording, Path.of("target", "benchmarks", name + ".jfr"));
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("Could not start a flight recording", ex);
		}
	}

	@Override
	public void close() {
		if (this.recording == null) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			this.recording.stop();
			this.recording.dump(this.file);
			this.recording.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
