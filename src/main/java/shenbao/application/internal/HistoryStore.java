package shenbao.application.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView.HistoryEntry;
import shenbao.identity.Caller;

/** The 办理记录: rows are only ever inserted. */
@Repository
class HistoryStore {

	private final JdbcClient jdbc;

	HistoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long applicationId, String action, Caller actor, @Nullable ApplicationStatus from,
			ApplicationStatus to, @Nullable String opinion, Instant at) {
		this.jdbc.sql("""
				INSERT INTO application_history (application_id, action, actor_id, actor_name, actor_role, from_status,
				    to_status, opinion, happened_at)
				VALUES (:application, :action, :actor, :name, :role, :from, :to, :opinion, :at)
				""")
			.param("application", applicationId)
			.param("action", action)
			.param("actor", actor.accountId())
			.param("name", actor.displayName())
			.param("role", actor.role().name())
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("opinion", opinion)
			.param("at", ApplicationStore.time(at))
			.update();
	}

	int count(long applicationId, List<String> actions) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM application_history WHERE application_id = :application AND action IN (:actions)")
			.param("application", applicationId)
			.param("actions", actions)
			.query(Integer.class)
			.single();
	}

	List<HistoryEntry> list(long applicationId) {
		return this.jdbc.sql("SELECT * FROM application_history WHERE application_id = :application ORDER BY id")
			.param("application", applicationId)
			.query((rs, row) -> new HistoryEntry(rs.getString("action"), rs.getString("actor_name"),
					rs.getString("actor_role"),
					rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
					ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("opinion"),
					ApplicationStore.instant(rs, "happened_at")))
			.list();
	}

}
