package shenbao.expert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.expert.Affiliation;
import shenbao.expert.AutoAssignment;
import shenbao.expert.ConflictReason;
import shenbao.expert.ExpertPanels;
import shenbao.expert.ExpertStanding;
import shenbao.expert.ExpertProfile;
import shenbao.expert.Panel;
import shenbao.expert.ProposedApplication;
import shenbao.expert.RankedApplication;
import shenbao.expert.RoundSettings;
import shenbao.expert.UnitDeclaration;
import shenbao.expert.internal.AssignmentStore.Assigned;
import shenbao.expert.internal.DeclarationStore.Kind;
import shenbao.expert.internal.RoundApplications.Waiting;
import shenbao.expert.internal.RoundStore.Round;
import shenbao.identity.AccountDirectory.AccountSummary;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/** {@link ExpertPanels}: province reviewers only; the work itself is in {@link Assigner} and {@link RoundResults}. */
@Service
class PanelService implements ExpertPanels {

	private final Programs programs;

	private final RoundStore rounds;

	private final AssignmentStore assignments;

	private final ExpertDirectory directory;

	private final RoundApplications applications;

	private final Assigner assigner;

	private final RoundResults results;

	private final ConflictRules conflicts;

	private final AuditTrail audit;

	private final Clock clock;

	PanelService(Programs programs, RoundStore rounds, AssignmentStore assignments, ExpertDirectory directory,
			RoundApplications applications, Assigner assigner, RoundResults results, ConflictRules conflicts,
			AuditTrail audit, Clock clock) {
		this.programs = programs;
		this.rounds = rounds;
		this.assignments = assignments;
		this.directory = directory;
		this.applications = applications;
		this.assigner = assigner;
		this.results = results;
		this.conflicts = conflicts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Panel panel(Caller caller, String programCode) {
		ProgramDefinition program = program(caller, programCode);
		Round round = this.rounds.find(programCode).orElse(new Round(programCode, RoundSettings.DEFAULT, null));
		List<Long> memberIds = this.rounds.members(programCode);
		List<ExpertProfile> panel = this.directory
			.profiles(memberIds.stream().map(this.directory::account).toList());
		List<Assigned> all = this.assignments.ofProgram(programCode);
		Map<Long, String> names = new HashMap<>();
		panel.forEach(expert -> names.put(expert.expertId(), expert.displayName()));
		List<Panel.Member> members = panel.stream()
			.map(expert -> new Panel.Member(expert,
					(int) all.stream().filter(assigned -> assigned.expertId() == expert.expertId()).count(),
					(int) all.stream()
						.filter(assigned -> assigned.expertId() == expert.expertId() && assigned.submitted())
						.count()))
			.toList();
		Set<Long> onPanel = new HashSet<>(memberIds);
		List<Panel.Candidate> candidates = this.directory.accounts()
			.stream()
			.filter(account -> !onPanel.contains(account.id()))
			.map(account -> new Panel.Candidate(account.id(), account.username(), account.displayName()))
			.toList();
		Map<Long, Applicant> applicants = new LinkedHashMap<>();
		Map<Long, String> numbers = new HashMap<>();
		for (Waiting waiting : this.applications.waiting(caller, programCode)) {
			applicants.put(waiting.id(), waiting.applicant());
			numbers.put(waiting.id(), waiting.summary().number());
		}
		all.forEach(assigned -> applicants.putIfAbsent(assigned.applicationId(), assigned.applicant()));
		List<Panel.Row> rows = new ArrayList<>();
		applicants.forEach((id, applicant) -> {
			Map<Long, ConflictReason> conflicted = new HashMap<>();
			panel.forEach(expert -> this.conflicts.check(expert, applicant)
				.ifPresent(reason -> conflicted.put(expert.expertId(), reason)));
			List<Panel.AssignedExpert> experts = all.stream()
				.filter(assigned -> assigned.applicationId() == id)
				.map(assigned -> new Panel.AssignedExpert(assigned.expertId(),
						names.getOrDefault(assigned.expertId(), String.valueOf(assigned.expertId())), assigned.mode(),
						assigned.submittedAt()))
				.toList();
			rows.add(new Panel.Row(id, numbers.getOrDefault(id, RoundResults.number(programCode, id)),
					applicant.unitName(), applicant.regionCode(), experts, conflicted));
		});
		return new Panel(programCode, program.name(), round.settings(), round.closedAt(), members, candidates, rows);
	}

	@Override
	@Transactional
	public void settings(Caller caller, String programCode, RoundSettings settings) {
		program(caller, programCode);
		if (settings.expertsPerApplication() < 1 || settings.expertsPerApplication() > 50) {
			throw InvalidInput.field("expertsPerApplication", "expert.settings.per-application", 1, 50);
		}
		if (settings.maxPerExpert() < 1 || settings.maxPerExpert() > 10_000) {
			throw InvalidInput.field("maxPerExpert", "expert.settings.max-per-expert", 1, 10_000);
		}
		this.assigner.openRound(programCode);
		this.rounds.settings(programCode, settings);
		this.audit.record(caller, "EXPERT_ROUND_SETTINGS", subject(programCode),
				settings.expertsPerApplication() + " per application, at most " + settings.maxPerExpert());
	}

	@Override
	@Transactional
	public void addMember(Caller caller, String programCode, long expertId) {
		program(caller, programCode);
		AccountSummary expert = this.directory.account(expertId);
		this.assigner.openRound(programCode);
		this.rounds.addMember(programCode, expert.id(), this.clock.instant());
		this.audit.record(caller, "EXPERT_PANEL_ADDED", subject(programCode), "expert " + expertId);
	}

	@Override
	@Transactional
	public void removeMember(Caller caller, String programCode, long expertId) {
		program(caller, programCode);
		this.assigner.openRound(programCode);
		if (this.assignments.ofProgram(programCode).stream().anyMatch(assigned -> assigned.expertId() == expertId)) {
			throw new Conflict("expert.panel.has-assignments");
		}
		this.rounds.removeMember(programCode, expertId);
		this.audit.record(caller, "EXPERT_PANEL_REMOVED", subject(programCode), "expert " + expertId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpertProfile> experts(Caller caller) {
		province(caller);
		return this.directory.profiles(this.directory.accounts());
	}

	@Override
	@Transactional
	public ExpertProfile affiliation(Caller caller, long expertId, Affiliation affiliation) {
		province(caller);
		this.directory.account(expertId);
		this.directory.saveAffiliation(caller, expertId, affiliation);
		this.audit.record(caller, "EXPERT_AFFILIATION", expert(expertId), null);
		return this.directory.profile(expertId);
	}

	@Override
	@Transactional
	public ExpertProfile addRelationship(Caller caller, long expertId, UnitDeclaration relationship) {
		province(caller);
		this.directory.account(expertId);
		this.directory.declare(caller, expertId, Kind.RELATIONSHIP, relationship);
		this.audit.record(caller, "EXPERT_RELATIONSHIP_ADDED", expert(expertId), relationship.note());
		return this.directory.profile(expertId);
	}

	@Override
	@Transactional
	public ExpertProfile removeRelationship(Caller caller, long expertId, long relationshipId) {
		province(caller);
		this.directory.account(expertId);
		this.directory.removeRelationship(expertId, relationshipId);
		this.audit.record(caller, "EXPERT_RELATIONSHIP_REMOVED", expert(expertId), String.valueOf(relationshipId));
		return this.directory.profile(expertId);
	}

	@Override
	@Transactional
	public void assign(Caller caller, String programCode, long applicationId, long expertId) {
		program(caller, programCode);
		this.assigner.assign(caller, programCode, applicationId, expertId);
	}

	@Override
	@Transactional
	public void unassign(Caller caller, String programCode, long applicationId, long expertId) {
		program(caller, programCode);
		this.assigner.unassign(caller, programCode, applicationId, expertId);
	}

	@Override
	@Transactional
	public AutoAssignment autoAssign(Caller caller, String programCode) {
		program(caller, programCode);
		return this.assigner.autoAssign(caller, programCode);
	}

	@Override
	@Transactional
	public void close(Caller caller, String programCode) {
		program(caller, programCode);
		this.assigner.openRound(programCode);
		Instant now = this.clock.instant();
		this.rounds.close(programCode, caller.displayName(), now);
		this.audit.record(caller, "EXPERT_ROUND_CLOSED", subject(programCode), null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RankedApplication> results(Caller caller, String programCode) {
		program(caller, programCode);
		if (!this.rounds.find(programCode).map(Round::closed).orElse(false)) {
			return List.of();
		}
		return this.results.rank(caller, programCode);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<ExpertStanding> standing(Caller caller, String programCode) {
		program(caller, programCode);
		return this.rounds.find(programCode)
			.map(round -> new ExpertStanding(programCode, round.closed(), this.results.rank(caller, programCode)));
	}

	@Override
	@Transactional
	public List<ProposedApplication> propose(Caller caller, String programCode, List<Long> applicationIds,
			@Nullable String opinion) {
		program(caller, programCode);
		if (!this.rounds.lock(programCode).closed()) {
			throw new Conflict("expert.round.open");
		}
		String text = ExpertDirectory.blankToNull(opinion);
		this.results.propose(caller, programCode, applicationIds, text, this.clock.instant());
		this.audit.record(caller, "EXPERT_PROPOSED", subject(programCode), applicationIds.toString());
		return proposed(programCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProposedApplication> proposed(String programCode) {
		return this.rounds.proposals(programCode)
			.stream()
			.map(proposal -> new ProposedApplication(proposal.applicationId(), programCode, proposal.unitId(),
					proposal.unitName(), proposal.regionCode(), proposal.rank(), proposal.score(),
					proposal.proposedAt()))
			.toList();
	}

	private ProgramDefinition program(Caller caller, String programCode) {
		province(caller);
		return this.programs.find(programCode).orElseThrow(() -> new NotFound("expert.program.not-found"));
	}

	/** Everyone but province reviewers: "not found", as for anything outside a caller's scope. */
	private static void province(Caller caller) {
		if (caller.role() != Role.PROVINCE_REVIEWER) {
			throw new NotFound("expert.not-found");
		}
	}

	private static String subject(String programCode) {
		return "program:" + programCode;
	}

	private static String expert(long expertId) {
		return "expert:" + expertId;
	}

}
