package shenbao.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.EditableUnitProfile;
import shenbao.identity.UnitProfile;
import shenbao.identity.UnitProfileUpdate;
import shenbao.identity.UnitProfileUpdated;
import shenbao.identity.UnitType;
import shenbao.identity.Units;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;

/** Units as read-only snapshots for other modules, and the applicant's own profile with optimistic locking. */
@Service
@Transactional(readOnly = true)
class UnitDirectory implements Units {

	static final String NOT_FOUND = "identity.unit.not-found";

	static final String STALE = "identity.unit.stale";

	private final UnitRepository units;

	private final UnitRules rules;

	private final ApplicationEventPublisher events;

	UnitDirectory(UnitRepository units, UnitRules rules, ApplicationEventPublisher events) {
		this.units = units;
		this.rules = rules;
		this.events = events;
	}

	@Override
	public Optional<UnitProfile> find(long unitId) {
		return this.units.findById(unitId).map(UnitDirectory::profile);
	}

	@Override
	public Optional<UnitProfile> findByCreditCode(String creditCode) {
		return this.units.findByCreditCode(creditCode).map(UnitDirectory::profile);
	}

	@Override
	public Map<Long, UnitProfile> findAll(Collection<Long> unitIds) {
		Map<Long, UnitProfile> found = new HashMap<>();
		if (!unitIds.isEmpty()) {
			this.units.findAllById(Set.copyOf(unitIds))
				.forEach(unit -> found.put(Objects.requireNonNull(unit.id()), profile(unit)));
		}
		return found;
	}

	@Override
	public UnitProfile get(long unitId) {
		return find(unitId).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	@Override
	public EditableUnitProfile own(Caller caller) {
		return editable(ownUnit(caller));
	}

	@Override
	@Transactional
	public EditableUnitProfile updateOwn(Caller caller, UnitProfileUpdate update) {
		Unit unit = ownUnit(caller);
		List<FieldProblem> problems = new ArrayList<>();
		String name = this.rules.name(update.name(), "name", problems);
		UnitType type = this.rules.type(update.type(), "type", problems);
		String regionCode = this.rules.region(update.regionCode(), "regionCode", problems);
		String contactName = this.rules.contactName(update.contactName(), "contactName", problems);
		String contactPhone = this.rules.phone(update.contactPhone(), "contactPhone", problems);
		if (update.version() == null) {
			problems.add(FieldProblem.ofKey("version", UnitRules.REQUIRED));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		if (!Objects.equals(unit.version(), update.version())) {
			throw new Conflict(STALE);
		}
		Unit saved;
		try {
			// saving with the version the edit started from makes the UPDATE conditional on it (… AND version = ?)
			saved = this.units.save(new Unit(unit.id(), unit.creditCode(), name, Objects.requireNonNull(type),
					regionCode, contactName, contactPhone, unit.createdAt(), update.version()));
		}
		catch (DataAccessException ex) {
			if (DataAccessFailures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw new Conflict(STALE);
			}
			throw ex;
		}
		this.events.publishEvent(new UnitProfileUpdated(saved.id(), caller.accountId(), version(saved)));
		return editable(saved);
	}

	private Unit ownUnit(Caller caller) {
		Long unitId = caller.unitId();
		return unitId == null ? notFound() : this.units.findById(unitId).orElseGet(UnitDirectory::notFound);
	}

	private static Unit notFound() {
		throw new NotFound(NOT_FOUND);
	}

	private static EditableUnitProfile editable(Unit unit) {
		return new EditableUnitProfile(profile(unit), version(unit));
	}

	private static long version(Unit unit) {
		return Objects.requireNonNull(unit.version(), "a stored unit has a version");
	}

	static UnitProfile profile(Unit unit) {
		return new UnitProfile(unit.id(), new CreditCode(unit.creditCode()), unit.name(), unit.unitType(),
				unit.regionCode(), unit.contactName(), unit.contactPhone());
	}

}
