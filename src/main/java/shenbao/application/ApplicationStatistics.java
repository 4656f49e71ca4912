package shenbao.application;

import java.util.List;

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

}
