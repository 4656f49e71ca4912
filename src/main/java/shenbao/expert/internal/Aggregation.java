package shenbao.expert.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a closed round (issue 7): the mean of the experts' totals and, where at least five experts
 * scored, the trimmed mean without one highest and one lowest total; competition ranking with ties sharing a rank
 * (1, 2, 2, 4). Two decimals, half up; the ranking compares the rounded scores, so what people see equal is ranked
 * equal.
 */
final class Aggregation {

	/** The fewest sheets for which the highest and the lowest are dropped. */
	static final int TRIM_FROM = 5;

	static final int SCALE = 2;

	private Aggregation() {
	}

	static @Nullable BigDecimal mean(List<BigDecimal> totals) {
		if (totals.isEmpty()) {
			return null;
		}
		return sum(totals).divide(BigDecimal.valueOf(totals.size()), SCALE, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal trimmedMean(List<BigDecimal> totals) {
		if (totals.size() < TRIM_FROM) {
			return null;
		}
		BigDecimal kept = sum(totals).subtract(Collections.max(totals)).subtract(Collections.min(totals));
		return kept.divide(BigDecimal.valueOf(totals.size() - 2L), SCALE, RoundingMode.HALF_UP);
	}

	/** The score a ranking uses: the trimmed mean where there is one, else the mean. */
	static @Nullable BigDecimal score(List<BigDecimal> totals) {
		BigDecimal trimmed = trimmedMean(totals);
		return trimmed != null ? trimmed : mean(totals);
	}

	/** Ranks by score, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4). */
	static <K> Map<K, Integer> rank(Map<K, BigDecimal> scores) {
		List<Map.Entry<K, BigDecimal>> ordered = new ArrayList<>(scores.entrySet());
		ordered.sort(Map.Entry.<K, BigDecimal>comparingByValue(Comparator.reverseOrder()));
		Map<K, Integer> ranks = new HashMap<>();
		for (int index = 0; index < ordered.size(); index++) {
			BigDecimal score = ordered.get(index).getValue();
			boolean tied = index > 0 && ordered.get(index - 1).getValue().compareTo(score) == 0;
			ranks.put(ordered.get(index).getKey(), tied ? ranks.get(ordered.get(index - 1).getKey()) : index + 1);
		}
		return ranks;
	}

	static BigDecimal sum(Iterable<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return sum;
	}

}
