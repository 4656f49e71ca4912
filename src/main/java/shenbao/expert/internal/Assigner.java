package shenbao.expert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import shenbao.audit.AuditTrail;
import shenbao.expert.AssignmentMode;
import shenbao.expert.AutoAssignment;
import shenbao.expert.ExpertProfile;
import shenbao.expert.internal.AssignmentStore.Assigned;
import shenbao.expert.internal.RoundApplications.Waiting;
import shenbao.expert.internal.RoundStore.Round;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;

/**
 * Assignment, by hand and automatic (SPEC §12 "Load caps", "Conflicts of interest you can trust"). Both run with the
 * round's row locked, check conflicts before anything is written, and never pass the load cap.
 */
@Component
class Assigner {

	private final RoundStore rounds;

	private final AssignmentStore assignments;

	private final RoundApplications applications;

	private final ExpertDirectory directory;

	private final ConflictRules conflicts;

	private final AuditTrail audit;

	private final Clock clock;

	Assigner(RoundStore rounds, AssignmentStore assignments, RoundApplications applications,
			ExpertDirectory directory, ConflictRules conflicts, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.assignments = assignments;
		this.applications = applications;
		this.directory = directory;
		this.conflicts = conflicts;
		this.audit = audit;
		this.clock = clock;
	}

	void assign(Caller province, String programCode, long applicationId, long expertId) {
		Round round = openRound(programCode);
		if (!this.rounds.isMember(programCode, expertId)) {
			throw new Conflict("expert.assign.not-member");
		}
		Waiting waiting = this.applications.waiting(province, programCode)
			.stream()
			.filter(candidate -> candidate.id() == applicationId)
			.findFirst()
			.orElseThrow(() -> new NotFound("expert.application.not-found"));
		if (this.assignments.find(applicationId, expertId).isPresent()) {
			throw new Conflict("expert.assign.already");
		}
		ExpertProfile expert = this.directory.profile(expertId);
		this.conflicts.check(expert, waiting.applicant()).ifPresent(reason -> {
			throw new Conflict("expert.assign.conflicted", expert.displayName(),
					new DefaultMessageSourceResolvable(reason.messageKey()));
		});
		long load = this.assignments.ofProgram(programCode)
			.stream()
			.filter(assigned -> assigned.expertId() == expertId)
			.count();
		if (load >= round.settings().maxPerExpert()) {
			throw new Conflict("expert.assign.cap", expert.displayName(), round.settings().maxPerExpert());
		}
		add(province, programCode, waiting, expertId, AssignmentMode.MANUAL, this.clock.instant());
	}

	AutoAssignment autoAssign(Caller province, String programCode) {
		Round round = openRound(programCode);
		List<ExpertProfile> panel = this.directory.profiles(this.rounds.members(programCode)
			.stream()
			.map(this.directory::account)
			.toList());
		Map<Long, Integer> load = new HashMap<>();
		Map<Long, Set<Long>> experts = new HashMap<>();
		panel.forEach(expert -> load.put(expert.expertId(), 0));
		for (Assigned assigned : this.assignments.ofProgram(programCode)) {
			load.merge(assigned.expertId(), 1, Integer::sum);
			experts.computeIfAbsent(assigned.applicationId(), id -> new HashSet<>()).add(assigned.expertId());
		}
		Instant now = this.clock.instant();
		int made = 0;
		List<AutoAssignment.Shortfall> shortfalls = new ArrayList<>();
		for (Waiting waiting : this.applications.waiting(province, programCode)) {
			Set<Long> already = experts.getOrDefault(waiting.id(), Set.of());
			int missing = round.settings().expertsPerApplication() - already.size();
			List<ExpertProfile> free = panel.stream()
				.filter(expert -> !already.contains(expert.expertId()))
				.filter(expert -> load.get(expert.expertId()) < round.settings().maxPerExpert())
				.filter(expert -> this.conflicts.check(expert, waiting.applicant()).isEmpty())
				.sorted(Comparator.comparing((ExpertProfile expert) -> load.get(expert.expertId()))
					.thenComparing(ExpertProfile::expertId))
				.toList();
			for (ExpertProfile expert : free.subList(0, Math.clamp(missing, 0, free.size()))) {
				add(province, programCode, waiting, expert.expertId(), AssignmentMode.AUTO, now);
				load.merge(expert.expertId(), 1, Integer::sum);
				made++;
				missing--;
			}
			if (missing > 0) {
				shortfalls.add(new AutoAssignment.Shortfall(waiting.id(), waiting.summary().number(), missing));
			}
		}
		return new AutoAssignment(made, shortfalls);
	}

	void unassign(Caller province, String programCode, long applicationId, long expertId) {
		openRound(programCode);
		Assigned assigned = this.assignments.find(applicationId, expertId)
			.filter(candidate -> candidate.programCode().equals(programCode))
			.orElseThrow(() -> new NotFound("expert.assignment.not-found"));
		if (assigned.submitted()) {
			throw new Conflict("expert.assignment.submitted");
		}
		this.assignments.remove(assigned.id());
		this.audit.record(province, "EXPERT_UNASSIGNED", subject(applicationId), "expert " + expertId);
	}

	/** The round's row, locked; refused once the round is closed. */
	Round openRound(String programCode) {
		Round round = this.rounds.lock(programCode);
		if (round.closed()) {
			throw new Conflict("expert.round.closed");
		}
		return round;
	}

	private void add(Caller province, String programCode, Waiting waiting, long expertId, AssignmentMode mode,
			Instant now) {
		this.assignments.add(programCode, waiting.applicant(), expertId, mode, now);
		this.audit.record(province, "EXPERT_ASSIGNED", subject(waiting.id()), "expert " + expertId + " " + mode);
	}

	static String subject(long applicationId) {
		return "application:" + applicationId;
	}

}
