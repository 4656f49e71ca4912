package shenbao.portal;

import java.util.Locale;

/** SPEC §12: each objection is classified 异议 / 举报 / 投诉. */
public enum ObjectionCategory {

	OBJECTION, REPORT, COMPLAINT;

	public String messageKey() {
		return "portal.objection.category." + name().toLowerCase(Locale.ROOT);
	}

}
