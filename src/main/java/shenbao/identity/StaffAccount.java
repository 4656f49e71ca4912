package shenbao.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A reviewer's or administrator's account as the admin pages list it: no password hash, no lockout state. */
public record StaffAccount(long id, String username, String displayName, Role role, @Nullable String regionCode,
		boolean enabled, Instant createdAt) {
}
