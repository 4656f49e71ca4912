package shenbao.identity.internal;

import org.springframework.dao.DataAccessException;

/**
 * Spring Data JDBC wraps what the driver reports in a {@code DbActionExecutionException}; the translated exception
 * that says what happened (a duplicate key, a stale version) is somewhere in the cause chain.
 */
final class DataAccessFailures {

	private DataAccessFailures() {
	}

	static boolean causedBy(DataAccessException failure, Class<? extends DataAccessException> kind) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
