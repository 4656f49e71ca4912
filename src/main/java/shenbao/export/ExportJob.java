package shenbao.export;

import java.util.UUID;

/** An export running in the background: how far it is ({@code written} of {@code total} rows) and its state. */
public record ExportJob(UUID id, SummaryRequest request, long written, long total, State state) {

	public enum State {

		RUNNING, DONE, FAILED

	}

	public boolean isRunning() {
		return this.state == State.RUNNING;
	}

	public boolean isDone() {
		return this.state == State.DONE;
	}

	/** Whole percent written, for a progress bar. */
	public int percent() {
		if (this.state == State.DONE) {
			return 100;
		}
		return this.total <= 0 ? 0 : (int) Math.min(99, this.written * 100 / this.total);
	}

}
