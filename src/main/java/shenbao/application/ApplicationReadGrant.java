package shenbao.application;

import shenbao.identity.Caller;

/**
 * Lets a caller outside the review scope read a submitted application (expert review: the experts it is assigned
 * to). The module that gives such access declares a bean; the application module consults them for reads only
 * ({@link Applications#get}, its evidence and revisions), never for decisions or edits, and never for a draft.
 */
public interface ApplicationReadGrant {

	boolean mayRead(Caller caller, long applicationId);

}
