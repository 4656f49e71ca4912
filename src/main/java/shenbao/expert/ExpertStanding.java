package shenbao.expert;

import java.util.List;

/**
 * A program's expert round as the province's 汇总表 shows it (SPEC §12 "Complete exports"): the aggregation of the
 * submitted sheets, final once the round is {@code closed}, provisional before.
 */
public record ExpertStanding(String programCode, boolean closed, List<RankedApplication> ranking) {

	public ExpertStanding {
		ranking = List.copyOf(ranking);
	}

}
