package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shenbao.platform.InvalidInput;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.scoring.ScoreSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC §9 "never a 500": every key of every program, given every kind of value a client might send, either scores
 * or is refused as invalid input naming that key. Nothing else escapes.
 */
class NoValueBreaksScoringTests {

	private static final List<Object> VALUES = values();

	private final RuleScoring scoring = BundledPrograms.scoring();

	@Test
	void everyKeyWithEveryKindOfValueScoresOrIsRefusedNamingTheKey() {
		int scored = 0;
		int refused = 0;
		for (ProgramDefinition program : ProgramFiles.bundled()) {
			for (String key : program.inputTypes().keySet()) {
				for (Object value : VALUES) {
					Map<String, Object> values = new HashMap<>();
					values.put(key, value);
					try {
						ScoreSheet sheet = this.scoring.score(program.code(), values);
						assertThat(sheet.indicators()).hasSize(program.indicators().size());
						assertThat(sheet.total()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
						scored++;
					}
					catch (InvalidInput ex) {
						assertThat(ex.fieldProblems()).as(program.code() + " " + key + " = " + value)
							.isNotEmpty()
							.allSatisfy(problem -> assertThat(problem.field()).startsWith(key));
						refused++;
					}
					catch (RuntimeException ex) {
						fail(program.code() + " " + key + " = " + value + " escaped as " + ex, ex);
					}
				}
			}
		}
		assertThat(scored).isPositive();
		assertThat(refused).isPositive();
	}

	private static List<Object> values() {
		List<Object> values = new ArrayList<>();
		values.add(BigDecimal.ONE.negate());
		values.add(0);
		values.add(new BigDecimal("1.5"));
		values.add(new BigDecimal("1E+300"));
		values.add(new BigDecimal("1E-300"));
		values.add(Long.MAX_VALUE);
		values.add(Double.NaN);
		values.add("非常好");
		values.add("");
		values.add("2026-13-45");
		values.add("2026-05-30");
		values.add(true);
		values.add(Map.of("x", 1));
		values.add(Map.of());
		values.add(List.of(1, 2));
		values.add(List.of(Map.of("name", "甘肃某某有限公司", "unknown", 1)));
		values.add(List.of(Map.of()));
		Map<String, Object> nulls = new HashMap<>();
		nulls.put("invention", null);
		values.add(nulls);
		return values;
	}

}
