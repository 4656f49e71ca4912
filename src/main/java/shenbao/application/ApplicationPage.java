package shenbao.application;

import java.util.List;

/** One page of a reviewer's list and the number of matches in all. */
public record ApplicationPage(List<ApplicationSummary> items, long total, int page, int size) {

	public ApplicationPage {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
