package shenbao.platform;

import java.util.List;

/** 409: stale version, quota used up, duplicate, score locked. */
public final class Conflict extends PlatformException {

	public Conflict(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

}
