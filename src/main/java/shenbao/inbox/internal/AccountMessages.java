package shenbao.inbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.Caller;
import shenbao.inbox.AccountMessage;
import shenbao.inbox.Inbox;
import shenbao.platform.NotFound;

/** {@link Inbox} over {@code account_message}. */
@Service
@Transactional(readOnly = true)
class AccountMessages implements Inbox {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** In its own transaction: a duplicate key must not spoil the caller's transaction (PostgreSQL aborts it). */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean send(long accountId, String title, String body, @Nullable String link, @Nullable String dedupeKey) {
		if (dedupeKey != null && this.jdbc.sql("SELECT COUNT(*) FROM account_message WHERE dedupe_key = :key")
			.param("key", dedupeKey)
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		try {
			return this.jdbc.sql("""
					INSERT INTO account_message (account_id, title, body, link, dedupe_key, created_at)
					VALUES (:account, :title, :body, :link, :key, :now)""")
				.param("account", accountId)
				.param("title", cut(title, TITLE_MAX))
				.param("body", cut(body, BODY_MAX))
				.param("link", link)
				.param("key", dedupeKey)
				.param("now", Timestamp.from(this.clock.instant()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public List<AccountMessage> of(Caller caller, int limit) {
		return this.jdbc.sql("""
				SELECT id, title, body, link, created_at, read_at FROM account_message WHERE account_id = :account
				ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("account", caller.accountId())
			.param("limit", Math.clamp(limit, 1, 500))
			.query((rs, row) -> new AccountMessage(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	@Override
	public long unread(Caller caller) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_message WHERE account_id = :account AND read_at IS NULL")
			.param("account", caller.accountId())
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public void markRead(Caller caller, long messageId) {
		int found = this.jdbc.sql("""
				UPDATE account_message SET read_at = COALESCE(read_at, :now)
				WHERE id = :id AND account_id = :account""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", messageId)
			.param("account", caller.accountId())
			.update();
		if (found == 0) {
			throw new NotFound("inbox.not-found");
		}
	}

	@Override
	@Transactional
	public void markAllRead(Caller caller) {
		this.jdbc.sql("UPDATE account_message SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("account", caller.accountId())
			.update();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
