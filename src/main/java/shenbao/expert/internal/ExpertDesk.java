package shenbao.expert.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.audit.AuditTrail;
import shenbao.expert.Affiliation;
import shenbao.expert.Assignment;
import shenbao.expert.ExpertProfile;
import shenbao.expert.ExpertReviews;
import shenbao.expert.ExpertSheet;
import shenbao.expert.UnitDeclaration;
import shenbao.expert.internal.AssignmentStore.Assigned;
import shenbao.expert.internal.DeclarationStore.Kind;
import shenbao.expert.internal.RoundStore.Round;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * {@link ExpertReviews}: every read starts from the caller's own assignment and re-checks conflicts, so an expert
 * who is not assigned, or who conflicts (even by a declaration made after the assignment), gets "not found".
 */
@Service
class ExpertDesk implements ExpertReviews {

	private final AssignmentStore assignments;

	private final RoundStore rounds;

	private final ExpertAccess access;

	private final ExpertDirectory directory;

	private final Applications applications;

	private final Programs programs;

	private final AuditTrail audit;

	private final Clock clock;

	ExpertDesk(AssignmentStore assignments, RoundStore rounds, ExpertAccess access, ExpertDirectory directory,
			Applications applications, Programs programs, AuditTrail audit, Clock clock) {
		this.assignments = assignments;
		this.rounds = rounds;
		this.access = access;
		this.directory = directory;
		this.applications = applications;
		this.programs = programs;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Assignment> assigned(Caller caller) {
		expert(caller);
		ExpertProfile profile = this.directory.profile(caller.accountId());
		List<Assignment> rows = new ArrayList<>();
		for (Assigned assigned : this.assignments.ofExpert(caller.accountId())) {
			if (!this.access.allowed(profile, assigned)) {
				continue;
			}
			String programName = this.programs.find(assigned.programCode())
				.map(ProgramDefinition::name)
				.orElse(assigned.programCode());
			BigDecimal total = Aggregation.sum(this.assignments.scores(assigned.id()).values());
			boolean closed = this.rounds.find(assigned.programCode()).map(Round::closed).orElse(false);
			rows.add(new Assignment(assigned.applicationId(), assigned.programCode(), programName,
					RoundResults.number(assigned.programCode(), assigned.applicationId()),
					assigned.applicant().unitName(), assigned.assignedAt(), assigned.submittedAt(), total, closed));
		}
		return rows;
	}

	@Override
	@Transactional(readOnly = true)
	public ExpertSheet sheet(Caller caller, long applicationId) {
		Assigned assigned = own(caller, applicationId);
		ApplicationView view = this.applications.get(caller, applicationId);
		ProgramDefinition program = this.programs.get(view.programCode());
		Map<String, BigDecimal> scores = this.assignments.scores(assigned.id());
		boolean closed = this.rounds.find(assigned.programCode()).map(Round::closed).orElse(false);
		return new ExpertSheet(view, program, scores, Aggregation.sum(scores.values()), assigned.submittedAt(), closed,
				closed ? panel(assigned) : List.of());
	}

	@Override
	@Transactional
	public ExpertSheet saveScores(Caller caller, long applicationId, Map<String, BigDecimal> scores, boolean submit) {
		Assigned assigned = own(caller, applicationId);
		// the round's lock first (as assignment and closure take it), then the sheet: no score after the close
		if (this.rounds.lock(assigned.programCode()).closed()) {
			throw new Conflict("expert.round.closed");
		}
		Assigned current = own(caller, applicationId);
		if (current.submitted()) {
			throw new Conflict("expert.score.locked");
		}
		ProgramDefinition program = this.programs.get(assigned.programCode());
		Map<String, BigDecimal> merged = new LinkedHashMap<>(this.assignments.scores(current.id()));
		merged.putAll(ScoreRules.validate(program, scores));
		if (submit) {
			ScoreRules.requireComplete(program, merged);
		}
		Instant now = this.clock.instant();
		this.assignments.replaceScores(current.id(), merged, now);
		if (submit) {
			if (!this.assignments.submit(current.id(), now)) {
				throw new Conflict("expert.score.locked");
			}
			this.audit.record(caller, "EXPERT_SCORES_SUBMITTED", Assigner.subject(applicationId),
					"total " + Aggregation.sum(merged.values()).toPlainString());
		}
		return sheet(caller, applicationId);
	}

	@Override
	@Transactional
	public void declareConflict(Caller caller, long applicationId, String reason) {
		Assigned assigned = own(caller, applicationId);
		if (assigned.submitted()) {
			throw new Conflict("expert.score.locked");
		}
		this.directory.declareOnApplication(caller, assigned.applicant(), reason);
		this.assignments.remove(assigned.id());
		this.audit.record(caller, "EXPERT_CONFLICT_DECLARED", Assigner.subject(applicationId), reason.strip());
	}

	@Override
	@Transactional(readOnly = true)
	public ExpertProfile profile(Caller caller) {
		expert(caller);
		return this.directory.profile(caller.accountId());
	}

	@Override
	@Transactional
	public ExpertProfile affiliation(Caller caller, Affiliation affiliation) {
		expert(caller);
		this.directory.saveAffiliation(caller, caller.accountId(), affiliation);
		this.audit.record(caller, "EXPERT_AFFILIATION", "expert:" + caller.accountId(), null);
		return this.directory.profile(caller.accountId());
	}

	@Override
	@Transactional
	public ExpertProfile declareUnitConflict(Caller caller, UnitDeclaration conflict) {
		expert(caller);
		this.directory.declare(caller, caller.accountId(), Kind.CONFLICT, conflict);
		this.audit.record(caller, "EXPERT_CONFLICT_DECLARED", "expert:" + caller.accountId(), conflict.note());
		return this.directory.profile(caller.accountId());
	}

	/** The caller's assignment of this application, or "not found" (not assigned, not an expert, conflicted). */
	private Assigned own(Caller caller, long applicationId) {
		expert(caller);
		return this.access.assignment(caller, applicationId).orElseThrow(() -> new NotFound("expert.review.not-found"));
	}

	/** After the close: every submitted sheet, numbered by order of submission, the caller's own marked. */
	private List<ExpertSheet.PanelSheet> panel(Assigned own) {
		List<Assigned> submitted = this.assignments.ofProgram(own.programCode())
			.stream()
			.filter(assigned -> assigned.applicationId() == own.applicationId() && assigned.submitted())
			.sorted(Comparator.comparing(Assigned::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<ExpertSheet.PanelSheet> sheets = new ArrayList<>();
		for (int index = 0; index < submitted.size(); index++) {
			Map<String, BigDecimal> scores = this.assignments.scores(submitted.get(index).id());
			sheets.add(new ExpertSheet.PanelSheet(index + 1, scores, Aggregation.sum(scores.values()),
					submitted.get(index).id() == own.id()));
		}
		return sheets;
	}

	private static void expert(Caller caller) {
		if (caller.role() != Role.EXPERT) {
			throw new NotFound("expert.review.not-found");
		}
	}

}
