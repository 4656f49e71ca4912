package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import shenbao.program.EligibilityRule;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;
import shenbao.scoring.ScoreSheet.IndicatorScore;
import shenbao.scoring.Scoring;

/** The scoring facade: validate, resolve derived values, score every indicator, check eligibility. */
@Service
class RuleScoring implements Scoring {

	private final Programs programs;

	private final MessageSource messages;

	RuleScoring(Programs programs, MessageSource messages) {
		this.programs = programs;
		this.messages = messages;
	}

	@Override
	public Map<String, Object> validate(String programCode, Map<String, ?> values) {
		return InputValidator.validate(this.programs.get(programCode), values);
	}

	@Override
	public ScoreSheet score(String programCode, Map<String, ?> raw) {
		ProgramDefinition program = this.programs.get(programCode);
		return score(program, InputValidator.validate(program, raw));
	}

	@Override
	public ScoreSheet scoreValidated(String programCode, Map<String, Object> validated) {
		return score(this.programs.get(programCode), validated);
	}

	private ScoreSheet score(ProgramDefinition program, Map<String, Object> validated) {
		ValueResolver values = new ValueResolver(program, validated);
		List<IndicatorScore> scores = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		BigDecimal base = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		for (Indicator indicator : program.indicators()) {
			Optional<Object> value = values.find(indicator.input());
			BigDecimal score = BigDecimal.ZERO;
			if (value.isPresent()) {
				score = RuleEvaluator.evaluate(indicator.rule(), value.get(), indicator.max());
			}
			else {
				missing.add(indicator.key());
			}
			scores.add(new IndicatorScore(indicator.key(), score, Scores.normalize(indicator.max()), indicator.label(),
					indicator.bonus(), value.map(RuleScoring::shown).orElse(null)));
			if (indicator.bonus()) {
				bonus = bonus.add(score);
			}
			else {
				base = base.add(score);
			}
		}
		EligibilityEvaluator eligibility = new EligibilityEvaluator(values, this.messages);
		List<EligibilityResult> checks = new ArrayList<>();
		for (EligibilityRule rule : program.eligibility()) {
			eligibility.evaluate(rule).ifPresent(checks::add);
		}
		boolean eligible = checks.stream().allMatch(check -> check.passed() || !check.blocking());
		return new ScoreSheet(program.code(), Scores.normalize(base.add(bonus)), Scores.normalize(base),
				Scores.normalize(bonus), eligible, scores, checks, missing);
	}

	private static Object shown(Object value) {
		return value instanceof BigDecimal number ? Scores.normalize(number) : value;
	}

}
