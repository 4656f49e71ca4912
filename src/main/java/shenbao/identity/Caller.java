package shenbao.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as other modules see it: a read-only snapshot taken at login (or token check), never an entity.
 * {@code regionCode} is the region the account works in (a 县区 for county roles, a 市州 for city roles, the province
 * for province reviewers), null for the system admin and experts; {@code unitId} is set for applicants only.
 * Serializable because it lives in the database-backed HTTP session.
 */
public record Caller(long accountId, String username, String displayName, Role role, @Nullable String regionCode,
		@Nullable Long unitId) implements Serializable {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

}
