package shenbao.program;

import java.util.List;

/**
 * The review levels an application passes, in order. County review may be optional per program (and, in Guangdong,
 * per city); 揭榜挂帅 has no county level at all. {@code scoringLevels} are the levels that score indicators. With
 * {@code countyRanks} the county orders its recommendations (推荐优先顺序, seed 002) and the 推荐汇总表 follows that order;
 * with {@code supplyDemand} each county files a 供需汇总表 for its units (seed 002 附件5).
 */
public record ReviewChain(List<ReviewLevel> levels, boolean countyOptional, List<ReviewLevel> scoringLevels,
		boolean countyRanks, boolean supplyDemand) {

	public ReviewChain {
		levels = List.copyOf(levels);
		scoringLevels = List.copyOf(scoringLevels);
	}

	public ReviewChain(List<ReviewLevel> levels, boolean countyOptional, List<ReviewLevel> scoringLevels) {
		this(levels, countyOptional, scoringLevels, false, false);
	}

	public boolean hasCounty() {
		return this.levels.contains(ReviewLevel.COUNTY);
	}

	public enum ReviewLevel {

		COUNTY, CITY, PROVINCE, EXPERT

	}

}
