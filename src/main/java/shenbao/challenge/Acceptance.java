package shenbao.challenge;

import java.time.Instant;

/** The 验收 verdict of the expert group on a selected project, as the province records it. */
public record Acceptance(long applicationId, boolean passed, String experts, String opinion, Instant recordedAt,
		String recordedBy) {
}
