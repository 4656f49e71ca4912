package shenbao.scoring.internal;

import java.math.BigDecimal;

/** Scores are decimals without noise: 5, 2.5, never 5.00 or 1E+1. */
final class Scores {

	private Scores() {
	}

	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static BigDecimal cap(BigDecimal value, BigDecimal max) {
		return normalize(value.min(max).max(BigDecimal.ZERO));
	}

}
