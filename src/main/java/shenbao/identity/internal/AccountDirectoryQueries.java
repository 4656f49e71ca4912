package shenbao.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.AccountDirectory;
import shenbao.identity.Role;

/** {@link AccountDirectory} in SQL: the few columns other modules may read. */
@Component
class AccountDirectoryQueries implements AccountDirectory {

	private static final String SELECT = "SELECT id, username, display_name, role FROM account ";

	private final JdbcClient jdbc;

	AccountDirectoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> withRole(Role role) {
		return this.jdbc.sql(SELECT + "WHERE role = :role AND enabled ORDER BY display_name, id")
			.param("role", role.name())
			.query(AccountDirectoryQueries::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> ofUnit(long unitId) {
		return this.jdbc.sql(SELECT + "WHERE unit_id = :unit ORDER BY display_name, id")
			.param("unit", unitId)
			.query(AccountDirectoryQueries::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(long accountId) {
		return this.jdbc.sql(SELECT + "WHERE id = :id").param("id", accountId).query(AccountDirectoryQueries::map).optional();
	}

	private static AccountSummary map(ResultSet row, int number) throws SQLException {
		return new AccountSummary(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				Role.valueOf(row.getString("role")));
	}

}
