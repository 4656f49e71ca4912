package shenbao.expert.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The round's arithmetic worked by hand: means, the trim from five sheets, and ranks with ties. */
class AggregationTests {

	@Test
	void theMeanRoundsHalfUpToTwoDecimals() {
		// (80 + 85.5 + 90) / 3 = 85.1666… → 85.17
		assertThat(Aggregation.mean(decimals("80", "85.5", "90"))).isEqualByComparingTo("85.17");
		assertThat(Aggregation.mean(List.of())).isNull();
	}

	@Test
	void fourSheetsAreNotTrimmedFiveAreTrimmedOnceEachWay() {
		assertThat(Aggregation.trimmedMean(decimals("60", "70", "80", "90"))).isNull();
		assertThat(Aggregation.score(decimals("60", "70", "80", "90"))).isEqualByComparingTo("75.00");
		// 60, 70, 80, 90, 100 → drop 60 and 100 → (70 + 80 + 90) / 3 = 80; the mean is 80 too
		assertThat(Aggregation.trimmedMean(decimals("100", "60", "80", "90", "70"))).isEqualByComparingTo("80.00");
		// 10, 70, 70, 80, 99.5 → drop one 10 and one 99.5 → (70 + 70 + 80) / 3 = 73.33; the mean is 65.90
		List<BigDecimal> skewed = decimals("70", "10", "99.5", "70", "80");
		assertThat(Aggregation.trimmedMean(skewed)).isEqualByComparingTo("73.33");
		assertThat(Aggregation.mean(skewed)).isEqualByComparingTo("65.90");
		assertThat(Aggregation.score(skewed)).isEqualByComparingTo("73.33");
		// with equal extremes only one of each is dropped: 50, 50, 60, 90, 90 → (50 + 60 + 90) / 3 = 66.67
		assertThat(Aggregation.trimmedMean(decimals("50", "50", "60", "90", "90"))).isEqualByComparingTo("66.67");
	}

	@Test
	void equalScoresShareARankAndTheNextRankSkips() {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		scores.put("c", new BigDecimal("80.00"));
		scores.put("a", new BigDecimal("91.50"));
		scores.put("b", new BigDecimal("80.0"));
		scores.put("d", new BigDecimal("79.99"));
		scores.put("e", new BigDecimal("91.5"));
		assertThat(Aggregation.rank(scores)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "e", 1, "b", 3, "c", 3, "d", 5));
	}

	private static List<BigDecimal> decimals(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
