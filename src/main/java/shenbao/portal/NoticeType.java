package shenbao.portal;

import java.util.Locale;

/** 项目类型 of a 申报通知, one of the portal's notice filters (seed 002 §3.1.2). */
public enum NoticeType {

	RECOGNITION, ASSESSMENT, CHALLENGE, SELECTION, FUNDING, OTHER;

	public String messageKey() {
		return "portal.type." + name().toLowerCase(Locale.ROOT);
	}

}
