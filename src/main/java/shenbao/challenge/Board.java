package shenbao.challenge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A year's 榜单 and whether it is published (then read-only and open to applicants). */
public record Board(int year, String programCode, @Nullable Instant publishedAt, List<Task> tasks) {

	public Board {
		tasks = List.copyOf(tasks);
	}

	public boolean published() {
		return this.publishedAt != null;
	}

}
