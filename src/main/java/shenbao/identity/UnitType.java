package shenbao.identity;

import java.util.Locale;

/** The kind of an applicant unit (SPEC §4: 企业 / 科研院所 / 高等院校 / 其他). */
public enum UnitType {

	ENTERPRISE, INSTITUTE, UNIVERSITY, OTHER;

	/** {@code identity.unit-type.enterprise}: the Chinese label in {@code i18n/identity_zh_CN.properties}. */
	public String messageKey() {
		return "identity.unit-type." + name().toLowerCase(Locale.ROOT);
	}

}
