package shenbao.expert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One application's result of a closed round. {@code mean} is over the submitted sheets' totals; {@code trimmedMean}
 * drops one highest and one lowest total where at least five experts scored; {@code score} is the one the ranking
 * uses (the trimmed mean where there is one). Equal scores share a rank (1, 2, 2, 4); an application nobody scored
 * has no rank. Per indicator, {@code indicatorMeans} are the plain means. Two decimals, half up.
 */
public record RankedApplication(long applicationId, String number, String unitName, String regionCode,
		List<BigDecimal> totals, @Nullable BigDecimal mean, @Nullable BigDecimal trimmedMean,
		@Nullable BigDecimal score, @Nullable Integer rank, Map<String, BigDecimal> indicatorMeans, boolean proposed) {

	public RankedApplication {
		totals = List.copyOf(totals);
		indicatorMeans = Map.copyOf(indicatorMeans);
	}

	public int experts() {
		return this.totals.size();
	}

}
