package shenbao.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import shenbao.identity.Caller;

/**
 * Figures over the submitted applications of a reviewer's scope (the same scope as {@link ApplicationReviews#search}:
 * a county its county, a city its city, the province its cities; never drafts), for the dashboard.
 */
public interface ApplicationStatistics {

	/** Counts per program, 县区 and status; an empty list outside any reviewer's scope. */
	List<ApplicationCount> counts(Caller caller);

	/** The self-score total of each application, for score distributions. */
	List<SelfScoreTotal> selfScoreTotals(Caller caller);

	/** A unit's applications inside the caller's scope, newest first (the reviewers' 企业画像). */
	List<ApplicationSummary> ofUnit(Caller caller, long unitId);

	/**
	 * How many applications of each unit were recognised (认定), in any year and program: the 历史扶持项目数 of the
	 * 企业管理 list. Units without one are left out.
	 */
	Map<Long, Long> recognisedCounts(Collection<Long> unitIds);

}
