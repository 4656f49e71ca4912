package shenbao.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules make of a set of values (SPEC §9): every indicator once, base and bonus, with its score; every
 * eligibility check that applies; the indicators that had no value.
 */
public record ScoreSheet(String program, BigDecimal total, BigDecimal baseTotal, BigDecimal bonusTotal,
		boolean eligible, List<IndicatorScore> indicators, List<EligibilityResult> eligibility, List<String> missing) {

	public ScoreSheet {
		indicators = List.copyOf(indicators);
		eligibility = List.copyOf(eligibility);
		missing = List.copyOf(missing);
	}

	/** One indicator's score; {@code value} is the figure it was scored on (derived ratios included). */
	public record IndicatorScore(String key, BigDecimal score, BigDecimal max, String label, boolean bonus,
			@Nullable Object value) {
	}

	/** One eligibility check; a non-blocking check only warns. */
	public record EligibilityResult(String key, boolean passed, String message, boolean blocking) {
	}

}
