package shenbao.application.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The 消息列表 of each unit. A message is kept as a key and its arguments, so it is rendered in the reader's
 * language when read.
 */
@Repository
class MessageStore {

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long unitId, @Nullable Long applicationId, String key, List<String> arguments, Instant at) {
		this.jdbc.sql("""
				INSERT INTO unit_message (unit_id, application_id, message_key, arguments, created_at)
				VALUES (:unit, :application, :key, :arguments, :at)
				""")
			.param("unit", unitId)
			.param("application", applicationId)
			.param("key", key)
			.param("arguments", String.join(SEPARATOR, arguments))
			.param("at", ApplicationStore.time(at))
			.update();
	}

	List<StoredMessage> list(long unitId, int limit) {
		return this.jdbc.sql("SELECT * FROM unit_message WHERE unit_id = :unit ORDER BY id DESC LIMIT :limit")
			.param("unit", unitId)
			.param("limit", limit)
			.query((rs, row) -> new StoredMessage(rs.getLong("id"),
					rs.getObject("application_id") == null ? null : rs.getLong("application_id"),
					rs.getString("message_key"),
					rs.getString("arguments").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("arguments").split(SEPARATOR, -1)),
					ApplicationStore.instant(rs, "created_at"), rs.getObject("read_at") != null))
			.list();
	}

	void markRead(long unitId, Instant at) {
		this.jdbc.sql("UPDATE unit_message SET read_at = :at WHERE unit_id = :unit AND read_at IS NULL")
			.param("at", ApplicationStore.time(at))
			.param("unit", unitId)
			.update();
	}

	int unread(long unitId) {
		return this.jdbc.sql("SELECT count(*) FROM unit_message WHERE unit_id = :unit AND read_at IS NULL")
			.param("unit", unitId)
			.query(Integer.class)
			.single();
	}

	record StoredMessage(long id, @Nullable Long applicationId, String key, List<String> arguments, Instant at,
			boolean read) {
	}

}
