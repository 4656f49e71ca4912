package shenbao.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * The score sheets of many applications at once, for the 汇总表 and rankings, under the same visibility rules as
 * {@link Reviews#scores} (SPEC §2): a level sees its own and the lower levels' sheets, never a higher level's; the
 * province sees every level; applicants and experts none through this call.
 */
public interface ScoreSheets {

	/** The levels whose sheets the caller may see, lowest first. */
	List<ReviewLevel> visibleLevels(Caller caller);

	/**
	 * The visible sheets of each application, lowest level first; applications outside the caller's scope and
	 * applications without a visible sheet are left out.
	 */
	Map<Long, List<LevelScores>> visibleSheets(Caller caller, Collection<Long> applicationIds);

}
