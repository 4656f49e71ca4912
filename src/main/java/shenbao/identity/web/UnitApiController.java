package shenbao.identity.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Caller;
import shenbao.identity.EditableUnitProfile;
import shenbao.identity.UnitProfile;
import shenbao.identity.UnitProfileUpdate;
import shenbao.identity.UnitType;
import shenbao.identity.Units;
import shenbao.region.Regions;

/**
 * {@code /api/v1/units/me}: the caller's own unit profile for API clients, with the rules of the 单位信息 page. 404 for
 * an account without a unit.
 */
@RestController
class UnitApiController {

	private final Units units;

	private final Regions regions;

	UnitApiController(Units units, Regions regions) {
		this.units = units;
		this.regions = regions;
	}

	/** 200 with the profile and the {@code version} a later PUT must send back. */
	@GetMapping("/api/v1/units/me")
	UnitResponse own(Caller caller) {
		return response(this.units.own(caller));
	}

	/**
	 * Replaces name, type, region and contact (the credit code never changes). 200 with the new version; 400 naming
	 * every field at fault; 409 when {@code version} is stale.
	 */
	@PutMapping("/api/v1/units/me")
	UnitResponse update(Caller caller, @RequestBody UnitProfileUpdate update) {
		return response(this.units.updateOwn(caller, update));
	}

	private UnitResponse response(EditableUnitProfile editable) {
		UnitProfile unit = editable.profile();
		return new UnitResponse(unit.id(), unit.creditCode().value(), unit.name(), unit.type(), unit.regionCode(),
				this.regions.fullName(unit.regionCode()), unit.contactName(), unit.contactPhone(), unit.industry(),
				unit.establishedOn(), editable.version());
	}

	/** {@code regionName} is for display ("甘肃省 武威市 凉州区"). */
	record UnitResponse(long id, String creditCode, String name, UnitType type, String regionCode, String regionName,
			String contactName, String contactPhone, @Nullable String industry, @Nullable LocalDate establishedOn,
			long version) {
	}

}
