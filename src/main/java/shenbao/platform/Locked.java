package shenbao.platform;

import java.util.List;

/** 423: the account is locked for a while, e.g. after too many failed logins. */
public final class Locked extends PlatformException {

	public Locked(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

}
