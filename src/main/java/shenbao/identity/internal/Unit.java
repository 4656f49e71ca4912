package shenbao.identity.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import shenbao.identity.UnitType;

/** An applicant unit (申报单位) and its profile; its accounts refer to it by id. */
record Unit(@Id @Nullable Long id, String creditCode, String name, UnitType unitType, String regionCode,
		String contactName, String contactPhone, @Nullable String industry, @Nullable LocalDate establishedOn,
		Instant createdAt, @Version @Nullable Long version) {

	static Unit create(String creditCode, String name, UnitType unitType, String regionCode, String contactName,
			String contactPhone, Instant createdAt) {
		return new Unit(null, creditCode, name, unitType, regionCode, contactName, contactPhone, null, null, createdAt,
				null);
	}

	Unit withProfileExtras(@Nullable String industry, @Nullable LocalDate establishedOn) {
		return new Unit(this.id, this.creditCode, this.name, this.unitType, this.regionCode, this.contactName,
				this.contactPhone, industry, establishedOn, this.createdAt, this.version);
	}

}
