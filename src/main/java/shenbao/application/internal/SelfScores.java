package shenbao.application.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;

/** The applicant's own score per indicator (自评分): a number from 0 to the indicator's max. */
final class SelfScores {

	private SelfScores() {
	}

	static Map<String, BigDecimal> validate(ProgramDefinition program, Map<String, ?> given,
			Map<String, BigDecimal> current) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>(current);
		List<FieldProblem> problems = new ArrayList<>();
		given.forEach((key, value) -> {
			String field = "selfScores." + key;
			Optional<Indicator> indicator = program.indicator(key);
			if (indicator.isEmpty()) {
				problems.add(FieldProblem.ofKey(field, "scoring.value.unknown-key", key));
			}
			else if (value == null) {
				scores.remove(key);
			}
			else if (!(value instanceof Number number)) {
				problems.add(FieldProblem.ofKey(field, "scoring.value.not-number"));
			}
			else {
				BigDecimal score = decimal(number);
				if (score == null || score.signum() < 0 || score.compareTo(indicator.get().max()) > 0) {
					problems.add(FieldProblem.ofKey(field, "application.self-score.range",
							indicator.get().max().stripTrailingZeros().toPlainString()));
				}
				else {
					scores.put(key, score);
				}
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		return scores;
	}

	private static BigDecimal decimal(Number number) {
		try {
			return number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
