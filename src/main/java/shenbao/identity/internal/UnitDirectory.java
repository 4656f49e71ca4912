package shenbao.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.CreditCode;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.NotFound;

/** Units as read-only snapshots for other modules. */
@Service
@Transactional(readOnly = true)
class UnitDirectory implements Units {

	private final UnitRepository units;

	UnitDirectory(UnitRepository units) {
		this.units = units;
	}

	@Override
	public Optional<UnitProfile> find(long unitId) {
		return this.units.findById(unitId).map(UnitDirectory::profile);
	}

	@Override
	public UnitProfile get(long unitId) {
		return find(unitId).orElseThrow(() -> new NotFound("identity.unit.not-found"));
	}

	static UnitProfile profile(Unit unit) {
		return new UnitProfile(unit.id(), new CreditCode(unit.creditCode()), unit.name(), unit.unitType(),
				unit.regionCode(), unit.contactName(), unit.contactPhone());
	}

}
