package shenbao.expert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import shenbao.identity.Caller;

/**
 * The expert's side (SPEC §2): only what is assigned to them. An application that is not assigned to the caller, or
 * that they conflict with, is "not found" (404). No expert sees another's scores before the round closes.
 */
public interface ExpertReviews {

	/** 我的评审: the caller's assignments, newest first. */
	List<Assignment> assigned(Caller caller);

	ExpertSheet sheet(Caller caller, long applicationId);

	/**
	 * Saves the caller's scores of one application; {@code submit} locks them and needs every indicator.
	 * @throws shenbao.platform.InvalidInput (400) naming a score over its maximum, negative, unknown or missing
	 * @throws shenbao.platform.Conflict (409) when the sheet is locked or the round closed
	 */
	ExpertSheet saveScores(Caller caller, long applicationId, Map<String, BigDecimal> scores, boolean submit);

	/**
	 * Declares a conflict with an assigned application: the assignment (and any unsubmitted scores) goes, the
	 * declaration is recorded, and the application can no longer be given to the caller.
	 * @throws shenbao.platform.Conflict when the sheet is already submitted
	 */
	void declareConflict(Caller caller, long applicationId, String reason);

	/** The caller's own declarations. */
	ExpertProfile profile(Caller caller);

	/** Declares the caller's own unit and region. */
	ExpertProfile affiliation(Caller caller, Affiliation affiliation);

	/** Declares a conflict with a unit, before any assignment (e.g. a client or a former employer). */
	ExpertProfile declareUnitConflict(Caller caller, UnitDeclaration conflict);

}
