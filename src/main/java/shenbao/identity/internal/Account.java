package shenbao.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import shenbao.identity.Role;

/**
 * An account as administrators and applicants edit it. The lockout columns of the same row are deliberately not
 * mapped here: {@link LoginStates} owns them.
 */
record Account(@Id @Nullable Long id, String username, String passwordHash, Role role, @Nullable String regionCode,
		@Nullable Long unitId, String displayName, boolean enabled, Instant createdAt, @Version @Nullable Long version) {

	static Account create(String username, String passwordHash, Role role, @Nullable String regionCode,
			@Nullable Long unitId, String displayName, Instant createdAt) {
		return new Account(null, username, passwordHash, role, regionCode, unitId, displayName, true, createdAt, null);
	}

}
