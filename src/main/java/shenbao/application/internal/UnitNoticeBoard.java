package shenbao.application.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.UnitNotices;

/** {@link UnitNotices} over the 消息列表's own store. */
@Service
class UnitNoticeBoard implements UnitNotices {

	private final MessageStore messages;

	private final Clock clock;

	UnitNoticeBoard(MessageStore messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void tell(long unitId, @Nullable Long applicationId, String messageKey, List<String> arguments) {
		this.messages.add(unitId, applicationId, messageKey, arguments, this.clock.instant());
	}

}
