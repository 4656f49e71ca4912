package shenbao.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	UnitDirectory(UnitRepository units, UnitRules rules, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	public UnitPage search(Collection<String> regionCodes, UnitFilter filter) {
		if (regionCodes.isEmpty()) {
			return new UnitPage(List.of(), 0, filter.page(), filter.size());
		}
		StringBuilder where = new StringBuilder(" FROM unit WHERE region_code IN (:regions)");
		Map<String, Object> params = new HashMap<>();
		params.put("regions", Set.copyOf(regionCodes));
		String name = UnitRules.strip(filter.name());
		if (!name.isEmpty()) {
			where.append(" AND name LIKE :name");
			params.put("name", "%" + likeEscaped(name) + "%");
		}
		String code = UnitRules.strip(filter.creditCode()).toUpperCase(Locale.ROOT);
		if (!code.isEmpty()) {
			where.append(" AND credit_code LIKE :code");
			params.put("code", likeEscaped(code) + "%");
		}
		if (filter.type() != null) {
			where.append(" AND unit_type = :type");
			params.put("type", filter.type().name());
		}
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<Long> ids = this.jdbc
			.sql("SELECT id" + where + " ORDER BY name, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", filter.size())
			.param("offset", (long) filter.page() * filter.size())
			.query(Long.class)
			.list();
		Map<Long, UnitProfile> found = findAll(ids);
		return new UnitPage(ids.stream().map(found::get).filter(Objects::nonNull).toList(), total, filter.page(),
				filter.size());
	}

	/** A LIKE pattern's text with its wildcards taken literally (PostgreSQL and H2 both escape with a backslash). */
	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
		// the two optional fields are kept when an API client leaves them out (null) and cleared when sent empty
		String industry = update.industry() == null ? unit.industry()
				: this.rules.industry(update.industry(), "industry", problems);
		LocalDate establishedOn = update.establishedOn() == null ? unit.establishedOn()
				: this.rules.establishedOn(update.establishedOn(), "establishedOn", problems);
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
					regionCode, contactName, contactPhone, industry, establishedOn, unit.createdAt(),
					update.version()));
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
				unit.regionCode(), unit.contactName(), unit.contactPhone(), unit.industry(), unit.establishedOn());
	}

}
