package shenbao.application.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationStatus;
import shenbao.application.UnitMessage;
import shenbao.platform.Texts;

/** Renders stored messages in the reader's language; a status argument is shown by its label. */
@Component
class UnitMessages {

	private final MessageStore store;

	private final Texts texts;

	UnitMessages(MessageStore store, Texts texts) {
		this.store = store;
		this.texts = texts;
	}

	List<UnitMessage> list(long unitId, int limit) {
		return this.store.list(unitId, limit)
			.stream()
			.map(message -> new UnitMessage(message.id(), message.applicationId(),
					this.texts.of(message.key(), message.arguments().stream().map(this::argument).toArray()),
					message.at(), message.read()))
			.toList();
	}

	void markRead(long unitId, Instant at) {
		this.store.markRead(unitId, at);
	}

	int unread(long unitId) {
		return this.store.unread(unitId);
	}

	private Object argument(String argument) {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (status.name().equals(argument)) {
				return this.texts.of("application.status." + status.name());
			}
		}
		return argument;
	}

}
