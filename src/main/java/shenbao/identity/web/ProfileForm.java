package shenbao.identity.web;

import org.jspecify.annotations.Nullable;

import shenbao.identity.EditableUnitProfile;
import shenbao.identity.UnitProfile;
import shenbao.identity.UnitProfileUpdate;

/** The 单位信息 page as posted; {@code version} comes back from a hidden input (optimistic locking). */
record ProfileForm(@Nullable String name, @Nullable String type, @Nullable String cityCode,
		@Nullable String countyCode, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable Long version, @Nullable String industry, @Nullable String establishedOn) {

	static ProfileForm of(EditableUnitProfile editable, RegionChoices.Pick region) {
		UnitProfile profile = editable.profile();
		return new ProfileForm(profile.name(), profile.type().name(), region.cityCode(), region.countyCode(),
				profile.contactName(), profile.contactPhone(), editable.version(), profile.industry(),
				profile.establishedOn() == null ? null : profile.establishedOn().toString());
	}

	UnitProfileUpdate update() {
		return new UnitProfileUpdate(this.name, this.type, RegionChoices.regionCode(this.cityCode, this.countyCode),
				this.contactName, this.contactPhone, this.version, this.industry, this.establishedOn);
	}

}
