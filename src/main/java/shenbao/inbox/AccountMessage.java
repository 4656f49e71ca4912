package shenbao.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One 站内消息; {@code link} is a path inside the platform to act on it. */
public record AccountMessage(long id, String title, String body, @Nullable String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean isRead() {
		return this.readAt != null;
	}

}
