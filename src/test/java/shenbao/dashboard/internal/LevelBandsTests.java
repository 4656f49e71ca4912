package shenbao.dashboard.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.dashboard.Dashboard.Band;
import shenbao.dashboard.Dashboard.LevelScoreDistribution;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed bands of the review levels' distributions: a lower bound belongs to its band, bonus totals to 90+. */
class LevelBandsTests {

	private static final ProgramDefinition TIDE = ProgramFiles.bundled()
		.stream()
		.filter(program -> program.code().equals("tide-2024"))
		.findFirst()
		.orElseThrow();

	@ParameterizedTest
	@CsvSource({ "0, 0", "59.99, 0", "60, 1", "69.99, 1", "70, 2", "80, 3", "89.99, 3", "90, 4", "106, 4" })
	void eachTotalFallsInOneBand(String total, int band) {
		LevelScoreDistribution distribution = Figures.levelDistribution(TIDE, "CITY", List.of(new BigDecimal(total)));
		int[] expected = new int[5];
		expected[band] = 1;
		assertThat(distribution.bands()).extracting(Band::count)
			.containsExactlyElementsOf(Arrays.stream(expected).boxed().toList());
		assertThat(distribution.count()).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "CITY", "EXPERT" })
	void anEmptyLevelHasBandsButNoMean(String level) {
		LevelScoreDistribution distribution = Figures.levelDistribution(TIDE, level, List.of());
		assertThat(distribution.bands()).extracting(Band::label)
			.containsExactly("0–60", "60–70", "70–80", "80–90", "90+");
		assertThat(distribution.mean()).isNull();
		assertThat(distribution.level()).isEqualTo(level);
	}

}
