package shenbao.challenge;

import java.util.List;

import shenbao.identity.Caller;

/**
 * The consortium behind a 揭榜 application: each participant named in the form confirms or declines from its own
 * account; the lead sees who is missing. Submission needs every participant confirmed.
 */
public interface Consortia {

	/** The confirmations addressed to the caller's unit (as participant), pending first. */
	List<Confirmation> addressedTo(Caller caller);

	/** @throws shenbao.platform.NotFound when nothing waits for the caller's unit in that application */
	Confirmation confirm(Caller caller, long applicationId);

	Confirmation decline(Caller caller, long applicationId);

	/** The participants of one of the caller's applications (or one in a reviewer's scope) with their status. */
	List<Confirmation> participants(Caller caller, long applicationId);

}
