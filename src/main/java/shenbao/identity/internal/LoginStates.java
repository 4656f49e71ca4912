package shenbao.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.identity.Role;
import shenbao.platform.Platform;

/**
 * Reads and writes the lockout columns of {@code account}. They are not part of the {@link Account} aggregate, so
 * saving an edited account can never overwrite a concurrent failure count, and counting never bumps the version.
 */
@Repository
class LoginStates {

	private static final String SELECT = """
			SELECT id, username, display_name, role, region_code, unit_id, password_hash, enabled,
			       failed_attempts, first_failed_at, locked_until
			FROM account
			""";

	private final JdbcClient jdbc;

	LoginStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<LoginState> find(String username) {
		return this.jdbc.sql(SELECT + "WHERE username = :username")
			.param("username", username)
			.query(LoginStates::map)
			.optional();
	}

	/** Locks the row until the surrounding transaction ends, so concurrent attempts on any node count one by one. */
	LoginState lock(long accountId) {
		return this.jdbc.sql(SELECT + "WHERE id = :id FOR UPDATE").param("id", accountId).query(LoginStates::map).single();
	}

	void save(long accountId, Lockout lockout) {
		this.jdbc.sql("""
				UPDATE account SET failed_attempts = :failures, first_failed_at = :firstFailedAt, locked_until = :lockedUntil
				WHERE id = :id
				""")
			.param("failures", lockout.failedAttempts())
			.param("firstFailedAt", timestamp(lockout.firstFailedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("lockedUntil", timestamp(lockout.lockedUntil()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("id", accountId)
			.update();
	}

	private static LoginState map(ResultSet rs, int row) throws SQLException {
		Lockout lockout = new Lockout(rs.getInt("failed_attempts"), instant(rs, "first_failed_at"),
				instant(rs, "locked_until"));
		return new LoginState(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("region_code"), rs.getObject("unit_id", Long.class),
				rs.getString("password_hash"), rs.getBoolean("enabled"), lockout);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(Platform.ZONE).toOffsetDateTime();
	}

}
