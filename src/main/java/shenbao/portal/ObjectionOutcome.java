package shenbao.portal;

import java.util.Locale;

/** The province's answer: upheld (the unit leaves the list) or rejected, always with reasons. */
public enum ObjectionOutcome {

	UPHELD, REJECTED;

	public String messageKey() {
		return "portal.objection.outcome." + name().toLowerCase(Locale.ROOT);
	}

}
