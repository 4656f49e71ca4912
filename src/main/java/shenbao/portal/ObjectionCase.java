package shenbao.portal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An objection as the province handles it, with the objector's identity and files (province reviewers only). */
public record ObjectionCase(long id, String receipt, long entryId, String unitName, ObjectionCategory category,
		ObjectorKind objectorKind, String objectorName, String objectorPhone, @Nullable String objectorEmail,
		@Nullable UUID letterFileId, String content, @Nullable UUID evidenceFileId, Instant filedAt,
		@Nullable ObjectionOutcome outcome, @Nullable String reasons, @Nullable Instant answeredAt,
		@Nullable String answeredBy) {

	public boolean answered() {
		return this.outcome != null;
	}

}
