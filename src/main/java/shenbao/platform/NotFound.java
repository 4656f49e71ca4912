package shenbao.platform;

import java.util.List;

/** 404: the thing does not exist, or exists outside the caller's scope (never disclosed as 403). */
public final class NotFound extends PlatformException {

	public NotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

}
