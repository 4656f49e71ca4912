package shenbao.expert.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;

/** An expert's score per indicator: known key, 0 ≤ score ≤ the indicator's maximum, at most two decimals. */
final class ScoreRules {

	private ScoreRules() {
	}

	static Map<String, BigDecimal> validate(ProgramDefinition program, Map<String, BigDecimal> scores) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, BigDecimal> valid = new LinkedHashMap<>();
		scores.forEach((key, score) -> {
			Indicator indicator = program.indicator(key).orElse(null);
			if (indicator == null) {
				problems.add(FieldProblem.ofKey(key, "expert.score.unknown", key));
			}
			else if (score == null) {
				problems.add(FieldProblem.ofKey(key, "expert.score.missing", indicator.label()));
			}
			else if (score.signum() < 0 || score.compareTo(indicator.max()) > 0) {
				problems.add(FieldProblem.ofKey(key, "expert.score.range", indicator.label(),
						indicator.max().stripTrailingZeros().toPlainString()));
			}
			else if (score.stripTrailingZeros().scale() > 2) {
				problems.add(FieldProblem.ofKey(key, "expert.score.decimals", indicator.label()));
			}
			else {
				valid.put(key, score);
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		return valid;
	}

	/** Submitting needs a score for every indicator, bonus ones included (0 is a score). */
	static void requireComplete(ProgramDefinition program, Map<String, BigDecimal> scores) {
		List<FieldProblem> problems = program.indicators()
			.stream()
			.filter(indicator -> !scores.containsKey(indicator.key()))
			.map(indicator -> FieldProblem.ofKey(indicator.key(), "expert.score.missing", indicator.label()))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInput("expert.score.incomplete", problems);
		}
	}

}
