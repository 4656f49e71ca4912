package shenbao.alliance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationMoved;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.audit.AuditTrail;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.program.Programs;

/**
 * An alliance is recognised when its formation application reaches RECOGNISED, the province's last word (the 认定名单
 * after 公示). It follows a moment after the decision, in its own transaction, and is idempotent: the event
 * publication registry may deliver it again after a restart.
 */
@Component
class AllianceRecognition {

	private static final Logger log = LoggerFactory.getLogger(AllianceRecognition.class);

	private final AllianceStore store;

	private final Applications applications;

	private final Units units;

	private final Programs programs;

	private final AuditTrail audit;

	AllianceRecognition(AllianceStore store, Applications applications, Units units, Programs programs,
			AuditTrail audit) {
		this.store = store;
		this.applications = applications;
		this.units = units;
		this.programs = programs;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ApplicationMoved moved) {
		if (moved.to() != ApplicationStatus.RECOGNISED || !AlliancePrograms.isFormation(moved.programCode())
				|| this.store.existsFormation(moved.applicationId())) {
			return;
		}
		ApplicationView application = this.applications.get(moved.actor(), moved.applicationId());
		UnitProfile lead = this.units.get(application.unitId());
		String name = java.util.Objects.requireNonNullElse(text(application, "alliance_name"), application.unitName());
		int year = this.programs.get(application.programCode()).year();
		if (this.store.taken(name, lead.id())) {
			// one alliance per name, and (the assessment being one application per unit) one per lead unit
			log.warn("Formation application {} recognised, but its name or lead unit {} is already in the register",
					application.id(), lead.id());
			return;
		}
		try {
			long id = this.store.insert(new AllianceStore.NewAlliance(name, text(application, "tech_field"),
					lead.id(), lead.name(), lead.creditCode().value(), lead.regionCode(), year, application.id(),
					moved.actor().displayName(), moved.at()));
			this.audit.record(moved.actor(), "ALLIANCE_RECOGNISED", "alliance:" + id,
					application.number() + " " + name);
		}
		catch (DuplicateKeyException ex) {
			// a second delivery of the same event raced the first: the register has it already
			log.info("Formation application {} was entered in the register meanwhile", application.id());
			throw ex;
		}
	}

	private static @org.jspecify.annotations.Nullable String text(ApplicationView application, String key) {
		Object value = application.values().get(key);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}
