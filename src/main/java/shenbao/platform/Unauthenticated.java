package shenbao.platform;

import java.util.List;

/** 401: the credentials were not accepted. */
public final class Unauthenticated extends PlatformException {

	public Unauthenticated(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

}
