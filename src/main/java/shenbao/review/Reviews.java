package shenbao.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * The reviewers' work (SPEC §5): lists, decisions and score sheets. Everything is scoped: an application outside
 * the caller's region and level is "not found" (404).
 */
public interface Reviews {

	/** 我的待办: the applications waiting for the caller's level, filtered and paged. */
	ApplicationPage pending(Caller caller, ApplicationQuery query);

	/**
	 * @throws shenbao.platform.NotFound outside the caller's scope
	 */
	ReviewDesk desk(Caller caller, long applicationId);

	/**
	 * Applies one decision.
	 * @return the application's new status
	 * @throws shenbao.platform.InvalidInput (400) when the opinion is missing where required
	 * @throws shenbao.platform.Conflict (409) when the quota is full, a recall comes too late, or the application is
	 * not (or no longer) at the caller's level
	 * @throws shenbao.platform.RuleViolation (422) after the level's deadline, or before the level's scores are
	 * submitted where the program says the level scores
	 */
	ApplicationStatus decide(Caller caller, long applicationId, Decision decision);

	/** 批量推荐: recommends every application with one opinion, all or none. */
	Map<Long, ApplicationStatus> recommendAll(Caller caller, List<Long> applicationIds, String opinion);

	/**
	 * Saves the caller's level's scores; {@code submit} locks them.
	 * @throws shenbao.platform.InvalidInput (400) naming a score over its indicator's maximum, negative, or unknown
	 * @throws shenbao.platform.Conflict (409) when the sheet is already locked
	 */
	LevelScores saveScores(Caller caller, long applicationId, Map<String, BigDecimal> scores, boolean submit);

	/** The score sheets the caller may see: their own level's and the levels below, never above. */
	List<LevelScores> scores(Caller caller, long applicationId);

	/**
	 * Reopens a locked score sheet (province reviewers only), with the reason recorded.
	 */
	LevelScores reopenScores(Caller caller, long applicationId, ReviewLevel level, String reason);

}
