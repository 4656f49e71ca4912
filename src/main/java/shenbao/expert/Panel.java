package shenbao.expert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A program's round as the province manages it: settings, the panel with each expert's load, the applications in
 * expert review with their experts and, per application, the panel members who may not review it and why.
 */
public record Panel(String programCode, String programName, RoundSettings settings, @Nullable Instant closedAt,
		List<Member> members, List<Candidate> candidates, List<Row> applications) {

	public Panel {
		members = List.copyOf(members);
		candidates = List.copyOf(candidates);
		applications = List.copyOf(applications);
	}

	public boolean closed() {
		return this.closedAt != null;
	}

	/** A panel member: their load (applications assigned in this program) and how many sheets they submitted. */
	public record Member(ExpertProfile profile, int load, int submitted) {

		public long expertId() {
			return this.profile.expertId();
		}

	}

	/** An expert account not on the panel yet. */
	public record Candidate(long expertId, String username, String displayName) {
	}

	/** One application in expert review, its experts and the conflicted panel members. */
	public record Row(long applicationId, String number, String unitName, String regionCode,
			List<AssignedExpert> experts, Map<Long, ConflictReason> conflicts) {

		public Row {
			experts = List.copyOf(experts);
			conflicts = Map.copyOf(conflicts);
		}

		public boolean has(long expertId) {
			return this.experts.stream().anyMatch(expert -> expert.expertId() == expertId);
		}

	}

	public record AssignedExpert(long expertId, String displayName, AssignmentMode mode,
			@Nullable Instant submittedAt) {
	}

}
