package shenbao.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Staff accounts (reviewers and administrators), for the admin module, which decides who may manage whom (SPEC §2:
 * nobody creates a user above their own level or outside their region). Nothing here checks the caller; nothing
 * here touches applicants, whose accounts come from self-registration. Writes join the caller's transaction.
 */
public interface Accounts {

	/** The accounts with one of {@code roles} whose region is {@code withinRegion} or lies below it, by username. */
	List<StaffAccount> staff(Set<Role> roles, String withinRegion);

	Optional<StaffAccount> find(long accountId);

	/**
	 * Creates an enabled staff account with a generated one-time password.
	 * @throws shenbao.platform.InvalidInput (400) for a malformed username or a blank or over-long display name
	 * @throws shenbao.platform.Conflict (409) when the username is taken
	 */
	CreatedAccount create(String username, Role role, @Nullable String regionCode, String displayName);

	/** Enables or disables the account; disabling also ends its browser sessions (its API tokens stop working). */
	StaffAccount setEnabled(long accountId, boolean enabled);

	/**
	 * Replaces the password with a generated one-time password, clears a lockout, ends the account's browser sessions
	 * and revokes its API tokens.
	 */
	CreatedAccount resetPassword(long accountId);

}
