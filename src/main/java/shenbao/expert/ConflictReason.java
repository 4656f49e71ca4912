package shenbao.expert;

import java.util.Locale;

/**
 * Why an expert may not review an application (SPEC §12): the applicant is the expert's own unit, lies in the region
 * the expert declared, is a unit the expert declared a relationship with, or the expert declared a conflict.
 */
public enum ConflictReason {

	SAME_UNIT, SAME_REGION, RELATIONSHIP, DECLARED;

	/** {@code expert.conflict.same-unit}. */
	public String messageKey() {
		return "expert.conflict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
