package shenbao.challenge;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A selected project (揭榜单位: the application is on the published 认定名单) with its latest progress and its 验收
 * verdict, if any ({@code accepted} null while none is recorded).
 */
public record SelectedProject(long applicationId, String number, String programCode, long unitId, String unitName,
		String cityCode, String cityName, String taskCode, String taskName, @Nullable BigDecimal latestCompletion,
		int reports, @Nullable Boolean accepted) {
}
