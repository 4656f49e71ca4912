package shenbao.bench;

import java.util.Arrays;

/** Latencies of one phase, merged from every client, and the phase's length; percentiles by nearest rank. */
final class Latencies {

	private final long[] nanos;

	private final long errors;

	private final double seconds;

	Latencies(long[] nanos, long errors, double seconds) {
		this.nanos = nanos.clone();
		Arrays.sort(this.nanos);
		this.errors = errors;
		this.seconds = seconds;
	}

	int count() {
		return this.nanos.length;
	}

	long errors() {
		return this.errors;
	}

	double perSecond() {
		return this.nanos.length / this.seconds;
	}

	double millis(double percentile) {
		if (this.nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100 * this.nanos.length);
		return this.nanos[Math.max(0, Math.min(this.nanos.length - 1, rank - 1))] / 1e6;
	}

	double maxMillis() {
		return this.nanos.length == 0 ? Double.NaN : this.nanos[this.nanos.length - 1] / 1e6;
	}

	/** A growable list of longs per client, so recording a sample allocates nothing most of the time. */
	static final class Recorder {

		private long[] values = new long[1024];

		private int size;

		long errors;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		static long[] merge(Iterable<Recorder> recorders) {
			int total = 0;
			for (Recorder recorder : recorders) {
				total += recorder.size;
			}
			long[] all = new long[total];
			int at = 0;
			for (Recorder recorder : recorders) {
				System.arraycopy(recorder.values, 0, all, at, recorder.size);
				at += recorder.size;
			}
			return all;
		}

		static long errors(Iterable<Recorder> recorders) {
			long total = 0;
			for (Recorder recorder : recorders) {
				total += recorder.errors;
			}
			return total;
		}

	}

}
