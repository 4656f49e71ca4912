package shenbao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops and recreates the PostgreSQL test database once per test run, so every run starts from the migrations.
 * If PostgreSQL cannot be reached the run fails here, loudly: there is no fallback to H2.
 */
public class FreshTestDatabase implements LauncherSessionListener {

	/** Several work trees on one machine each set their own name, so their runs never drop each other's database. */
	static final String DATABASE = System.getenv().getOrDefault("SHENBAO_TEST_DB_NAME", "shenbao_test");

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getenv("SHENBAO_TEST_DB_URL") != null) {
			return;
		}
		if (!DATABASE.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalStateException("SHENBAO_TEST_DB_NAME must be a plain lower-case identifier");
		}
		String password = System.getenv().getOrDefault("SHENBAO_TEST_DB_PASSWORD", "postgres");
		String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
		try (Connection connection = DriverManager.getConnection(url, "postgres", password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is required for the tests (user postgres): "
					+ ex.getMessage(), ex);
		}
	}

}
