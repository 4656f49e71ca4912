package shenbao.application;

import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;

/**
 * Where a submitted application goes, decided by the review module (county review may be switched off per city, a
 * place in the city's quota may be needed). Called inside the submission's transaction.
 */
public interface SubmissionRouting {

	/** The first review status of a new submission from a unit in {@code regionCode}. */
	ApplicationStatus firstLevel(ProgramDefinition program, String regionCode);

	/**
	 * The status a returned application re-enters when its unit resubmits: normally {@code returnedFrom}, the level
	 * that returned it (SPEC §12).
	 */
	ApplicationStatus resubmission(Caller applicant, ProgramDefinition program, long applicationId, String regionCode,
			ApplicationStatus returnedFrom);

}
