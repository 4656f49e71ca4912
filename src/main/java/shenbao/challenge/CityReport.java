package shenbao.challenge;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A city's yearly report of its region's progress, due by the end of 12 月 10 日 (Asia/Shanghai). {@code filedAt}
 * is null while it is not filed; {@code overdue} when the due day has passed without it.
 */
public record CityReport(int year, String cityCode, String cityName, int projects, LocalDate due,
		@Nullable String summary, @Nullable Instant filedAt, @Nullable String filedBy, boolean late, boolean overdue) {

	public boolean filed() {
		return this.filedAt != null;
	}

}
