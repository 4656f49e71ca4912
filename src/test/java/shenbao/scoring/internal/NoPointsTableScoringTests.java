package shenbao.scoring.internal;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shenbao.program.ProgramDefinition;
import shenbao.scoring.ScoreSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static shenbao.scoring.internal.BundledPrograms.program;

/**
 * SPEC §9: programs whose seeds give no points table answer with their eligibility checks and no indicators, total
 * 0, until the province defines a rubric as data.
 */
@ExtendWith(ChineseMessages.class)
class NoPointsTableScoringTests {

	private final RuleScoring scoring = BundledPrograms.scoring();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "jbgs-2025", "smp-2024" })
	void answersWithNoIndicatorsAndATotalOfZero(String code) {
		ProgramDefinition program = program(code);
		assertThat(program.indicators()).isEmpty();
		assertThat(program.eligibility()).isNotEmpty();
		ScoreSheet sheet = this.scoring.score(code, Map.of());
		assertThat(sheet.indicators()).isEmpty();
		assertThat(sheet.missing()).isEmpty();
		assertThat(sheet.total()).isEqualByComparingTo("0");
		assertThat(sheet.eligibility()).isNotEmpty();
	}

}
