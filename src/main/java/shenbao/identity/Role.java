package shenbao.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import shenbao.region.RegionLevel;

/**
 * What an account may do (SPEC §2). Reviewers and admins act at one level of the region tree; experts and the system
 * admin have no region of their own. Labels are messages ({@link #messageKey()}), never Java text.
 */
public enum Role {

	APPLICANT(null), COUNTY_REVIEWER(RegionLevel.COUNTY), CITY_REVIEWER(RegionLevel.CITY),
	PROVINCE_REVIEWER(RegionLevel.PROVINCE), EXPERT(null), COUNTY_ADMIN(RegionLevel.COUNTY),
	CITY_ADMIN(RegionLevel.CITY), SYSTEM_ADMIN(null);

	private final @Nullable RegionLevel level;

	Role(@Nullable RegionLevel level) {
		this.level = level;
	}

	/** The level of the region tree this role works at; empty for applicants, experts and the system admin. */
	public @Nullable RegionLevel level() {
		return this.level;
	}

	/** {@code identity.role.county-reviewer}: the Chinese label in {@code i18n/identity_zh_CN.properties}. */
	public String messageKey() {
		return "identity.role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The Spring Security authority ({@code ROLE_CITY_REVIEWER}), for {@code hasRole("CITY_REVIEWER")} checks. */
	public String authority() {
		return "ROLE_" + name();
	}

}
