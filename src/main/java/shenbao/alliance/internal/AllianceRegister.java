package shenbao.alliance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceHistory;
import shenbao.alliance.AllianceRegistration;
import shenbao.alliance.Alliances;
import shenbao.audit.AuditTrail;
import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.region.Regions;

/** The register: who sees which alliance, the province's registration of older alliances, the histories. */
@Service
class AllianceRegister implements Alliances {

	/** The first year the province recognised alliances under 甘工信发〔2020〕60 号 is after this. */
	private static final int EARLIEST_YEAR = 2000;

	private final AllianceStore store;

	private final HistoryReader histories;

	private final Units units;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	AllianceRegister(AllianceStore store, HistoryReader histories, Units units, Regions regions, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.histories = histories;
		this.units = units;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AllianceHistory> list(Caller caller) {
		return this.store.all()
			.stream()
			.filter(alliance -> sees(caller, alliance))
			.map(alliance -> this.histories.history(caller, alliance))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AllianceHistory history(Caller caller, long allianceId) {
		Alliance alliance = this.store.find(allianceId)
			.filter(candidate -> sees(caller, candidate))
			.orElseThrow(() -> new NotFound("alliance.not-found"));
		return this.histories.history(caller, alliance);
	}

	@Override
	@Transactional
	public Alliance register(Caller caller, AllianceRegistration registration) {
		if (caller.role() != Role.PROVINCE_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("alliance.not-found");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String name = registration.name() == null ? "" : registration.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			problems.add(FieldProblem.ofKey("name", "alliance.register.name-required"));
		}
		String code = registration.leadCreditCode() == null ? ""
				: registration.leadCreditCode().strip().toUpperCase(Locale.ROOT);
		CreditCode.defectOf(code)
			.ifPresent(defect -> problems.add(FieldProblem.ofKey("leadCreditCode", defect.messageKey())));
		int thisYear = LocalDate.now(this.clock.withZone(Platform.ZONE)).getYear();
		Integer year = registration.recognisedYear();
		if (year == null || year < EARLIEST_YEAR || year > thisYear) {
			problems.add(FieldProblem.ofKey("recognisedYear", "alliance.register.year-range", EARLIEST_YEAR, thisYear));
		}
		String field = registration.techField() == null || registration.techField().isBlank() ? null
				: registration.techField().strip();
		if (field != null && field.length() > 200) {
			problems.add(FieldProblem.ofKey("techField", "alliance.register.field-too-long"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		UnitProfile lead = this.units.findByCreditCode(code)
			.filter(unit -> this.regions.isWithin(unit.regionCode(), caller.regionCode()))
			.orElseThrow(() -> new RuleViolation("alliance.register.lead-unknown", code));
		if (this.store.taken(name, lead.id())) {
			throw new Conflict("alliance.register.taken", name, lead.name());
		}
		long id;
		try {
			id = this.store.insert(new AllianceStore.NewAlliance(name, field, lead.id(), lead.name(),
					lead.creditCode().value(), lead.regionCode(), year, null, caller.displayName(),
					this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("alliance.register.taken", name, lead.name());
		}
		this.audit.record(caller, "ALLIANCE_REGISTERED", "alliance:" + id, name + " " + year);
		return this.store.find(id).orElseThrow();
	}

	private boolean sees(Caller caller, Alliance alliance) {
		if (caller.unitId() != null) {
			return caller.unitId() == alliance.leadUnitId();
		}
		return caller.role() == Role.PROVINCE_REVIEWER && caller.regionCode() != null
				&& this.regions.isWithin(alliance.regionCode(), caller.regionCode());
	}

}
