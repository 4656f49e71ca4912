package shenbao.dashboard.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import shenbao.dashboard.Dashboard.Band;
import shenbao.dashboard.Dashboard.ScoreDistribution;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	@Test
	void aTotalOnABandsLowerBoundBelongsToThatBandAndTheMaximumToTheLast() {
		ProgramDefinition program = program("etc-2026");
		BigDecimal max = program.indicators().stream().map(indicator -> indicator.max()).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		ScoreDistribution distribution = Figures.distribution(program,
				List.of(new BigDecimal("0"), new BigDecimal("9.9"), new BigDecimal("10"), new BigDecimal("55.5"), max));
		assertThat(distribution.maxTotal()).isEqualByComparingTo(max);
		List<Band> bands = distribution.bands();
		assertThat(bands).hasSize(max.divide(BigDecimal.TEN, 0, java.math.RoundingMode.CEILING).intValue());
		assertThat(bands.get(0)).isEqualTo(new Band("0–10", 2));
		assertThat(bands.get(1)).isEqualTo(new Band("10–20", 1));
		assertThat(bands.get(5).count()).isEqualTo(1);
		assertThat(bands.getLast().count()).isEqualTo(1);
		assertThat(bands.stream().mapToInt(Band::count).sum()).isEqualTo(5);
		// (0 + 9.9 + 10 + 55.5 + max) / 5, one decimal
		assertThat(distribution.mean()).isEqualByComparingTo(new BigDecimal("75.4").add(max)
			.divide(BigDecimal.valueOf(5), 1, java.math.RoundingMode.HALF_UP));
		assertThat(distribution.min()).isEqualByComparingTo("0");
		assertThat(distribution.max()).isEqualByComparingTo(max);
	}

	@Test
	void aProgramWithoutApplicationsHasEmptyBandsAndNoMean() {
		ScoreDistribution distribution = Figures.distribution(program("itc-2024"), List.of());
		assertThat(distribution.count()).isZero();
		assertThat(distribution.mean()).isNull();
		assertThat(distribution.bands()).allMatch(band -> band.count() == 0);
	}

	private static ProgramDefinition program(String code) {
		return ProgramFiles.bundled().stream().filter(program -> program.code().equals(code)).findFirst().orElseThrow();
	}

}
