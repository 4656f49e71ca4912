package shenbao.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the audit record. {@code subject} names what was acted on, e.g. {@code application:42}. */
public record AuditEntry(long id, Instant at, @Nullable Long actorId, String actorName, String actorRole, String action,
		String subject, @Nullable String detail) {
}
