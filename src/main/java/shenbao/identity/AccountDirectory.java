package shenbao.identity;

import java.util.List;
import java.util.Optional;

/**
 * Read access to accounts by role, for modules that pick people (the province choosing experts for a panel). A
 * snapshot of names and roles only: never password hashes or lockout state.
 */
public interface AccountDirectory {

	/** The enabled accounts with this role, by display name. */
	List<AccountSummary> withRole(Role role);

	Optional<AccountSummary> find(long accountId);

	/** One account as other modules may list it. */
	/** The enabled and disabled accounts of a unit (the 企业画像's 用户信息), by name. */
	List<AccountSummary> ofUnit(long unitId);

	record AccountSummary(long id, String username, String displayName, Role role) {
	}

}
