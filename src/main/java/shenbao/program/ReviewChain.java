package shenbao.program;

import java.util.List;

/**
 * The review levels an application passes, in order. County review may be optional per program (and, in Guangdong,
 * per city); 揭榜挂帅 has no county level at all. {@code scoringLevels} are the levels that score indicators.
 */
public record ReviewChain(List<ReviewLevel> levels, boolean countyOptional, List<ReviewLevel> scoringLevels) {

	public ReviewChain {
		levels = List.copyOf(levels);
		scoringLevels = List.copyOf(scoringLevels);
	}

	public boolean hasCounty() {
		return this.levels.contains(ReviewLevel.COUNTY);
	}

	public enum ReviewLevel {

		COUNTY, CITY, PROVINCE, EXPERT

	}

}
