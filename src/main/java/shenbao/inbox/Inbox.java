package shenbao.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/** An account's 站内消息. */
public interface Inbox {

	/**
	 * Sends a message to an account. With a {@code dedupeKey}, a second message with the same key is not sent (a
	 * reminder goes out once, whichever node's job sends it).
	 * @return whether the message was sent now
	 */
	boolean send(long accountId, String title, String body, @Nullable String link, @Nullable String dedupeKey);

	/** The caller's messages, newest first (at most {@code limit}). */
	List<AccountMessage> of(Caller caller, int limit);

	long unread(Caller caller);

	/** @throws shenbao.platform.NotFound (404) for someone else's message */
	void markRead(Caller caller, long messageId);

	void markAllRead(Caller caller);

}
