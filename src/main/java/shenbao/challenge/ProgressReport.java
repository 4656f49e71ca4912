package shenbao.challenge;

import java.math.BigDecimal;
import java.time.Instant;

/** A selected unit's report of progress against one item of its 揭榜计划 for a period. */
public record ProgressReport(long id, long applicationId, String period, String planItem, String progress,
		BigDecimal completionPct, java.util.@org.jspecify.annotations.Nullable UUID fileId,
		@org.jspecify.annotations.Nullable String fileName, Instant filedAt, String filedBy) {
}
