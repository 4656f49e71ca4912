package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.scoring.ScoreSheet.EligibilityResult;

/**
 * Evaluates 申报条件. A rule whose {@code when} does not hold is left out; a rule whose value is absent fails with a
 * message naming what is missing (SPEC §9).
 */
final class EligibilityEvaluator {

	private final ValueResolver values;

	private final MessageSource messages;

	EligibilityEvaluator(ValueResolver values, MessageSource messages) {
		this.values = values;
		this.messages = messages;
	}

	Optional<EligibilityResult> evaluate(EligibilityRule rule) {
		for (EligibilityRule.Condition condition : rule.when()) {
			Optional<Object> selector = this.values.find(condition.field());
			if (selector.isEmpty() || !condition.in().contains(String.valueOf(selector.get()))) {
				return Optional.empty();
			}
		}
		EligibilityRule.Check check = rule.check();
		if (!check.ratio().isEmpty()) {
			return Optional.of(ratio(rule, check.ratio().get(0), check.ratio().get(1)));
		}
		if (check.rows() != null) {
			int rows = this.values.find(check.rows()).map(value -> ((List<?>) value).size()).orElse(0);
			return Optional.of(compare(rule, BigDecimal.valueOf(rows), ""));
		}
		String key = check.value() != null ? check.value() : rule.key();
		Optional<Object> value = this.values.find(key);
		if (value.isEmpty()) {
			return Optional.of(result(rule, false, "scoring.eligibility.missing", rule.label(), this.values.label(key)));
		}
		return Optional.of(switch (value.get()) {
			case BigDecimal number -> compare(rule, number, "");
			case Boolean flag -> result(rule, flag == check.isTrue(), failedOrPassed(flag == check.isTrue()),
					rule.label(), text(flag ? "scoring.value.yes" : "scoring.value.no"));
			case Map<?, ?> parts -> all(rule, key, parts);
			default -> {
				boolean passed = check.oneOf().contains(String.valueOf(value.get()));
				yield result(rule, passed, failedOrPassed(passed), rule.label(), String.valueOf(value.get()));
			}
		});
	}

	private EligibilityResult ratio(EligibilityRule rule, String numerator, String denominator) {
		Optional<BigDecimal> ratio = this.values.ratio(numerator, denominator, rule.check().percent());
		if (ratio.isPresent()) {
			return compare(rule, ratio.get(), rule.check().percent() ? "%" : "");
		}
		String absent = this.values.number(numerator).isEmpty() ? numerator : denominator;
		if (this.values.number(absent).isPresent()) {
			return result(rule, false, "scoring.eligibility.zero-denominator", rule.label(),
					this.values.label(absent));
		}
		return result(rule, false, "scoring.eligibility.missing", rule.label(), this.values.label(absent));
	}

	/**
	 * Every part of a COUNTS value must meet the bound (e.g. ≥ 500 万元 in each of the last three years); a part left
	 * out fails the check as missing rather than passing unseen.
	 */
	private EligibilityResult all(EligibilityRule rule, String key, Map<?, ?> parts) {
		for (Field.SubKey sub : this.values.subKeys(key)) {
			if (parts.get(sub.key()) == null) {
				return result(rule, false, "scoring.eligibility.missing", rule.label(),
						this.values.label(key) + " · " + sub.label());
			}
		}
		BigDecimal lowest = parts.values()
			.stream()
			.filter(BigDecimal.class::isInstance)
			.map(BigDecimal.class::cast)
			.min(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		return compare(rule, lowest, "");
	}

	private EligibilityResult compare(EligibilityRule rule, BigDecimal value, String unit) {
		boolean passed = rule.check().bound() != null && rule.check().bound().test(value);
		String shown = Scores.normalize(value.setScale(2, RoundingMode.HALF_UP)).toPlainString() + unit;
		return result(rule, passed, failedOrPassed(passed), rule.label(), shown);
	}

	private static String failedOrPassed(boolean passed) {
		return passed ? "scoring.eligibility.passed" : "scoring.eligibility.failed";
	}

	private EligibilityResult result(EligibilityRule rule, boolean passed, String key, Object... arguments) {
		return new EligibilityResult(rule.key(), passed, text(key, arguments), rule.blocking());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
