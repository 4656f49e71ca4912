package shenbao.expert.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReviews;
import shenbao.expert.RankedApplication;
import shenbao.expert.internal.AssignmentStore.Assigned;
import shenbao.expert.internal.RoundApplications.Waiting;
import shenbao.expert.internal.RoundStore.Proposal;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;

/**
 * A closed round's aggregation and ranking ({@link Aggregation}), and the province's proposed list: each decision is
 * recorded in the application's 办理记录 (the status stays EXPERT_REVIEW; 公示 moves it on).
 */
@Component
class RoundResults {

	static final String PROPOSED = "EXPERT_PROPOSED";

	static final String WITHDRAWN = "EXPERT_PROPOSAL_WITHDRAWN";

	private final RoundStore rounds;

	private final AssignmentStore assignments;

	private final RoundApplications applications;

	private final ApplicationReviews reviews;

	RoundResults(RoundStore rounds, AssignmentStore assignments, RoundApplications applications,
			ApplicationReviews reviews) {
		this.rounds = rounds;
		this.assignments = assignments;
		this.applications = applications;
		this.reviews = reviews;
	}

	/**
	 * Every application of the round (assigned, or still waiting in expert review): its submitted sheets' totals, the
	 * means and the rank. Ranked ones first, by rank, then the rest by number.
	 */
	List<RankedApplication> rank(Caller province, String programCode) {
		Map<Long, Applicant> applicants = new LinkedHashMap<>();
		for (Waiting waiting : this.applications.waiting(province, programCode)) {
			applicants.put(waiting.id(), waiting.applicant());
		}
		List<Assigned> all = this.assignments.ofProgram(programCode);
		all.forEach(assigned -> applicants.putIfAbsent(assigned.applicationId(), assigned.applicant()));
		Map<Long, Map<String, BigDecimal>> sheets = this.assignments.scoresOfProgram(programCode);
		Map<Long, List<Map<String, BigDecimal>>> submitted = new HashMap<>();
		all.stream()
			.filter(Assigned::submitted)
			.forEach(assigned -> submitted.computeIfAbsent(assigned.applicationId(), id -> new ArrayList<>())
				.add(sheets.getOrDefault(assigned.id(), Map.of())));
		Map<Long, BigDecimal> scores = new HashMap<>();
		Map<Long, List<BigDecimal>> totals = new HashMap<>();
		applicants.keySet().forEach(id -> {
			List<BigDecimal> sums = submitted.getOrDefault(id, List.of())
				.stream()
				.map(sheet -> Aggregation.sum(sheet.values()))
				.toList();
			totals.put(id, sums);
			BigDecimal score = Aggregation.score(sums);
			if (score != null) {
				scores.put(id, score);
			}
		});
		Map<Long, Integer> ranks = Aggregation.rank(scores);
		Set<Long> proposed = new LinkedHashSet<>();
		this.rounds.proposals(programCode).forEach(proposal -> proposed.add(proposal.applicationId()));
		List<RankedApplication> ranked = new ArrayList<>();
		applicants.forEach((id, applicant) -> {
			List<BigDecimal> sums = totals.get(id);
			ranked.add(new RankedApplication(id, number(programCode, id), applicant.unitName(),
					applicant.regionCode(), sums, Aggregation.mean(sums), Aggregation.trimmedMean(sums),
					scores.get(id), ranks.get(id), indicatorMeans(submitted.getOrDefault(id, List.of())),
					proposed.contains(id)));
		});
		ranked.sort(Comparator.comparing(RankedApplication::rank, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(RankedApplication::applicationId));
		return ranked;
	}

	/** Replaces the proposed list with exactly these ranked applications; the round must be closed and locked. */
	List<Proposal> propose(Caller province, String programCode, List<Long> applicationIds, @Nullable String opinion,
			Instant now) {
		Map<Long, RankedApplication> ranked = new HashMap<>();
		rank(province, programCode).forEach(row -> ranked.put(row.applicationId(), row));
		Map<Long, Waiting> waiting = new HashMap<>();
		this.applications.waiting(province, programCode).forEach(row -> waiting.put(row.id(), row));
		List<Proposal> before = this.rounds.proposals(programCode);
		if (before.stream().anyMatch(proposal -> !waiting.containsKey(proposal.applicationId()))) {
			throw new Conflict("expert.propose.published");
		}
		List<Proposal> after = new ArrayList<>();
		for (long id : new LinkedHashSet<>(applicationIds)) {
			RankedApplication row = ranked.get(id);
			Waiting application = waiting.get(id);
			if (row == null || row.rank() == null || row.score() == null || application == null) {
				throw InvalidInput.field("applicationIds", "expert.propose.not-ranked", id);
			}
			after.add(new Proposal(id, application.summary().unitId(), application.summary().unitName(),
					application.summary().regionCode(), row.rank(), row.score(), now));
		}
		after.sort(Comparator.comparingInt(Proposal::rank).thenComparingLong(Proposal::applicationId));
		this.rounds.replaceProposals(programCode, after, province.displayName());
		Set<Long> kept = new LinkedHashSet<>();
		before.forEach(proposal -> kept.add(proposal.applicationId()));
		for (Proposal proposal : after) {
			if (!kept.remove(proposal.applicationId())) {
				this.reviews.note(province, proposal.applicationId(), PROPOSED, opinion);
			}
		}
		for (long withdrawn : kept) {
			this.reviews.note(province, withdrawn, WITHDRAWN, opinion);
		}
		return after;
	}

	private static Map<String, BigDecimal> indicatorMeans(List<Map<String, BigDecimal>> sheets) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		sheets.forEach(sheet -> sheet.forEach((key, score) -> sums.merge(key, score, BigDecimal::add)));
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		sums.forEach((key, sum) -> means.put(key,
				sum.divide(BigDecimal.valueOf(sheets.size()), Aggregation.SCALE, RoundingMode.HALF_UP)));
		return means;
	}

	/** As {@link shenbao.application.ApplicationView#number()}. */
	static String number(String programCode, long id) {
		return shenbao.application.ApplicationView.number(programCode, id);
	}

}
