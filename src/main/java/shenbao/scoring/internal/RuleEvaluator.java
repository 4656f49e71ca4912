package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import shenbao.program.Rule;

/**
 * Evaluates one rule on one validated value, capped at the indicator's max. Values arrive as {@link BigDecimal},
 * {@link Boolean}, {@link String} or, for sub-counts, a map of those.
 */
final class RuleEvaluator {

	private RuleEvaluator() {
	}

	static BigDecimal evaluate(Rule rule, Object value, BigDecimal max) {
		BigDecimal points = switch (rule) {
			case Rule.Threshold threshold -> threshold.bound().test(number(value)) ? threshold.points() : BigDecimal.ZERO;
			case Rule.Bands bands -> bands(bands, number(value));
			case Rule.Step step -> step(step, number(value));
			case Rule.Each each -> each.points().multiply(number(value));
			case Rule.Weighted weighted -> weighted(weighted, counts(value));
			case Rule.Level level -> level.points().getOrDefault((String) value, BigDecimal.ZERO);
			case Rule.Flag flag -> Boolean.TRUE.equals(value) ? flag.points() : BigDecimal.ZERO;
			case Rule.Meets meets -> meets.bound().test(number(value)) ? max : BigDecimal.ZERO;
			case Rule.Pick pick -> number(value);
		};
		return Scores.cap(points, max);
	}

	private static BigDecimal bands(Rule.Bands rule, BigDecimal value) {
		for (Rule.Band band : rule.bands()) {
			if (value.compareTo(band.from()) >= 0) {
				return band.points();
			}
		}
		return rule.otherwise();
	}

	/** SPEC §7: 0 below A, else first + increment · floor((v − A) / s). */
	private static BigDecimal step(Rule.Step rule, BigDecimal value) {
		if (value.compareTo(rule.from()) < 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal steps = value.subtract(rule.from()).divide(rule.every(), 0, RoundingMode.FLOOR);
		return rule.first().add(rule.increment().multiply(steps));
	}

	private static BigDecimal weighted(Rule.Weighted rule, Map<String, ?> counts) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> weight : rule.weights().entrySet()) {
			Object count = counts.get(weight.getKey());
			if (count != null) {
				sum = sum.add(weight.getValue().multiply(number(count)));
			}
		}
		return sum;
	}

	private static BigDecimal number(Object value) {
		return switch (value) {
			case BigDecimal decimal -> decimal;
			case Boolean flag -> flag ? BigDecimal.ONE : BigDecimal.ZERO;
			default -> throw new IllegalArgumentException("not a number: " + value.getClass().getSimpleName());
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> counts(Object value) {
		return (Map<String, ?>) value;
	}

}
