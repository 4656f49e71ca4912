package shenbao.admin;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Role;

/** What an administrator fills in to create an account; the password is generated, never typed. */
public record NewUser(String username, String displayName, Role role, String regionCode,
		@Nullable Long departmentId) {
}
