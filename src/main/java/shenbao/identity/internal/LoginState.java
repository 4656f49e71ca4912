package shenbao.identity.internal;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;
import shenbao.identity.Role;

/** What a login needs from an account row: who it is, the password hash and the lockout state. */
record LoginState(long accountId, String username, String displayName, Role role, @Nullable String regionCode,
		@Nullable Long unitId, String passwordHash, boolean enabled, Lockout lockout) {

	Caller caller() {
		return new Caller(this.accountId, this.username, this.displayName, this.role, this.regionCode, this.unitId);
	}

}
