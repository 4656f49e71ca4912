package shenbao.portal;

import java.util.Locale;

/** 业务领域 of a 申报通知, one of the portal's notice filters (seed 002 §3.1.2). */
public enum NoticeField {

	TECH_INNOVATION, INDUSTRIAL_SCIENCE, SMART_MANUFACTURING, OTHER;

	public String messageKey() {
		return "portal.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
