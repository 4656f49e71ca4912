package shenbao.alliance.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import shenbao.alliance.Alliance;
import shenbao.application.ApplicationSubmitted;
import shenbao.application.StartCondition;
import shenbao.platform.Conflict;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * The annual assessment (SPEC §7.4, 004 附件3/附件4): only the lead unit of a recognised alliance may start it, once
 * per alliance and year. Its submission is entered in the alliance's history in the submitting transaction, so a
 * second assessment of the same year (a year the province already recorded) fails with the submission (409) rather
 * than afterwards; the unique key on (alliance, year) decides.
 */
@Component
class AssessmentFiling implements StartCondition {

	private final AllianceStore store;

	private final Programs programs;

	AssessmentFiling(AllianceStore store, Programs programs) {
		this.store = store;
		this.programs = programs;
	}

	@Override
	public Optional<RuleViolation> refusal(long unitId, ProgramDefinition program) {
		if (!AlliancePrograms.isAssessment(program)) {
			return Optional.empty();
		}
		Optional<Alliance> alliance = this.store.findByLead(unitId);
		if (alliance.isEmpty()) {
			return Optional.of(new RuleViolation("alliance.assessment.lead-only"));
		}
		if (alliance.get().recognisedYear() > program.year()) {
			return Optional.of(new RuleViolation("alliance.assessment.not-yet", alliance.get().name(),
					alliance.get().recognisedYear()));
		}
		if (this.store.year(alliance.get().id(), program.year()).isPresent()) {
			return Optional.of(new RuleViolation("alliance.assessment.year-on-record", alliance.get().name(),
					program.year()));
		}
		return Optional.empty();
	}

	/** The form opens with the alliance's name, its lead unit and that it is a formed alliance (附件3's subject). */
	@Override
	public Map<String, Object> initialValues(long unitId, ProgramDefinition program) {
		if (!AlliancePrograms.isAssessment(program)) {
			return Map.of();
		}
		return this.store.findByLead(unitId)
			.<Map<String, Object>>map(alliance -> Map.of("alliance_name", alliance.name(), "lead_unit",
					alliance.leadUnitName(), "formed", true))
			.orElse(Map.of());
	}

	/** Runs in the submitting transaction; a resubmission after a return finds its year already linked. */
	@EventListener
	void on(ApplicationSubmitted submitted) {
		if (!AlliancePrograms.isAssessment(submitted.programCode())) {
			return;
		}
		Alliance alliance = this.store.findByLead(submitted.unitId())
			.orElseThrow(() -> new RuleViolation("alliance.assessment.lead-only"));
		int year = this.programs.get(submitted.programCode()).year();
		var existing = this.store.year(alliance.id(), year);
		if (existing.isPresent()) {
			if (Long.valueOf(submitted.applicationId()).equals(existing.get().applicationId())) {
				return;
			}
			throw new Conflict("alliance.assessment.year-filed", alliance.name(), year);
		}
		try {
			this.store.insertFiled(alliance.id(), year, submitted.applicationId(), submitted.submittedAt());
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("alliance.assessment.year-filed", alliance.name(), year);
		}
	}

}
