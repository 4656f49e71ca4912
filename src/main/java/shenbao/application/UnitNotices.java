package shenbao.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Puts a message into a unit's 消息列表 for another module (e.g. a consortium confirmation that waits for the unit).
 * The message is kept as a key and its arguments and rendered in the reader's language; joins the caller's
 * transaction.
 */
public interface UnitNotices {

	void tell(long unitId, @Nullable Long applicationId, String messageKey, List<String> arguments);

}
