package shenbao.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditEntry;
import shenbao.audit.AuditTrail;
import shenbao.identity.Caller;

/** {@link AuditTrail} in SQL: inserts and reads only. */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final int DETAIL = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(@Nullable Caller actor, String action, String subject, @Nullable String detail) {
		this.jdbc.sql("""
				INSERT INTO audit_record (happened_at, actor_id, actor_name, actor_role, action, subject, detail)
				VALUES (:at, :actor, :name, :role, :action, :subject, :detail)
				""")
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("actor", actor == null ? null : actor.accountId())
			.param("name", actor == null ? "-" : actor.displayName())
			.param("role", actor == null ? "ANONYMOUS" : actor.role().name())
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> about(String subject) {
		return this.jdbc.sql("SELECT * FROM audit_record WHERE subject = :subject ORDER BY id")
			.param("subject", subject)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class)
				.toInstant(), (Long) rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
					rs.getString("actor_role"), rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
			.list();
	}

}
