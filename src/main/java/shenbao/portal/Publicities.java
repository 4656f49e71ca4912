package shenbao.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;

/**
 * 公示 from publication to the final 认定名单 (SPEC §3, §6, §12). The province publishes a program's proposed list
 * with an objection window; anyone files objections while it is open; the province answers each one, and an upheld
 * objection takes the unit off the list; once the window has closed and every objection is answered, finalising
 * recognises the listed applications and not the removed ones. Province actions are refused to everyone else as
 * {@link shenbao.platform.NotFound}.
 */
public interface Publicities {

	/** Every 公示 and final list, newest first, optionally only those whose title contains {@code words}. */
	List<ResultItem> results(@Nullable String words);

	/** The 公示 as the public sees it, or {@link shenbao.platform.NotFound}. */
	Publicity get(long id);

	/** The applications of a program waiting in expert review, which the province may put on a 公示. */
	List<ApplicationSummary> candidates(Caller caller, String programCode);

	/**
	 * Publishes the 公示 and moves each listed application from EXPERT_REVIEW to PUBLICITY (its unit is told).
	 * @throws shenbao.platform.InvalidInput (400) no application chosen, no title, days out of range
	 * @throws shenbao.platform.Conflict (409) an application is no longer in expert review
	 */
	Publicity publish(Caller caller, PublicityDraft draft);

	/**
	 * Files an objection: real name and contact required (or a unit's stamped letter), only while the window is open.
	 * Files are streamed to storage before the objection is written.
	 * @return the objection's receipt number, for the objector to quote
	 * @throws shenbao.platform.InvalidInput (400) naming the missing fields; anonymous objections are refused here
	 * @throws shenbao.platform.RuleViolation (422) the window has closed
	 */
	String object(long publicityId, ObjectionFiling filing);

	/** The objections with their objectors' identity: province reviewers only. */
	List<ObjectionCase> objections(Caller caller, long publicityId);

	/**
	 * Answers an objection once; an upheld one takes its unit off the list (a 办理记录 row says why).
	 * @throws shenbao.platform.InvalidInput (400) without reasons
	 * @throws shenbao.platform.Conflict (409) already answered, or the 公示 is final
	 */
	void answer(Caller caller, long objectionId, ObjectionOutcome outcome, String reasons);

	/**
	 * Publishes the 认定名单: listed applications become RECOGNISED, removed ones NOT_RECOGNISED, each unit is told.
	 * @throws shenbao.platform.RuleViolation (422) while the window is open or an objection is unanswered
	 */
	Publicity finalise(Caller caller, long publicityId);

	/** Every 公示 of the caller's province, newest first, for the back office. */
	List<Publicity> managed(Caller caller);

	/** The default objection window in calendar days ({@code shenbao.portal.objection-days}, 5). */
	int defaultWindowDays();

}
