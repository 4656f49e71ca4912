package shenbao.identity;

import org.jspecify.annotations.Nullable;

/**
 * A unit profile as the applicant edits it (the 单位信息 page and {@code PUT /api/v1/units/me}). The credit code is
 * not part of it: it identifies the unit and never changes. {@code version} is the version the edit started from;
 * {@link Units#updateOwn} refuses a stale one. Fields are raw text so that every one at fault can be named;
 * {@code industry} (所属行业) and {@code establishedOn} (成立日期, yyyy-MM-dd) are optional.
 */
public record UnitProfileUpdate(@Nullable String name, @Nullable String type, @Nullable String regionCode,
		@Nullable String contactName, @Nullable String contactPhone, @Nullable Long version,
		@Nullable String industry, @Nullable String establishedOn) {

	@Override
	public String toString() {
		return "UnitProfileUpdate[regionCode=" + this.regionCode + ", version=" + this.version + "]";
	}

}
