package shenbao.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/** Writes and reads the append-only audit record. */
public interface AuditTrail {

	/** Records an action; joins the caller's transaction when there is one. */
	void record(@Nullable Caller actor, String action, String subject, @Nullable String detail);

	/** The records about one subject, oldest first. */
	List<AuditEntry> about(String subject);

}
