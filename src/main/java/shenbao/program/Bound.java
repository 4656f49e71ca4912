package shenbao.program;

import java.math.BigDecimal;

/**
 * A comparison against a number as the seeds word it: 不低于/以上 ({@code AT_LEAST}, ≥), 大于/超过 ({@code ABOVE}, >),
 * 不超过/以下 ({@code AT_MOST}, ≤), 低于 ({@code BELOW}, <).
 */
public record Bound(Comparison comparison, BigDecimal value) {

	public enum Comparison {

		AT_LEAST("≥"), ABOVE(">"), AT_MOST("≤"), BELOW("<");

		private final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return this.symbol;
		}

	}

	public boolean test(BigDecimal candidate) {
		int order = candidate.compareTo(this.value);
		return switch (this.comparison) {
			case AT_LEAST -> order >= 0;
			case ABOVE -> order > 0;
			case AT_MOST -> order <= 0;
			case BELOW -> order < 0;
		};
	}

	@Override
	public String toString() {
		return this.comparison.symbol() + " " + this.value.toPlainString();
	}

}
