package shenbao.document;

import java.util.Locale;

/** What a document in a unit's attachment library is (SPEC §4). Labels are messages ({@link #messageKey()}). */
public enum LibraryKind {

	BUSINESS_LICENSE, AUDIT_REPORT, TAX_CERTIFICATE, QUALIFICATION, OTHER;

	/** {@code document.library.kind.business-license}: the Chinese label in {@code i18n/document_zh_CN}. */
	public String messageKey() {
		return "document.library.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
