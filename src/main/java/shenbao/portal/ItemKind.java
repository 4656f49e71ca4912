package shenbao.portal;

import java.util.Locale;

/** What a portal item is: 申报通知, 政策文件, 服务指南 or 常见问题 (a question and its answer). */
public enum ItemKind {

	NOTICE, POLICY, GUIDE, FAQ;

	/** {@code portal.kind.policy}. */
	public String messageKey() {
		return "portal.kind." + name().toLowerCase(Locale.ROOT);
	}

}
