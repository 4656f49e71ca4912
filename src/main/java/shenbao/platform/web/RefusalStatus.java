package shenbao.platform.web;

import org.springframework.http.HttpStatus;

import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.Locked;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.RuleViolation;
import shenbao.platform.TooLarge;
import shenbao.platform.Unauthenticated;
import shenbao.platform.UnsupportedMedia;

/** The HTTP status of each kind of refusal, the same for API clients and pages. */
final class RefusalStatus {

	private RefusalStatus() {
	}

	static HttpStatus of(PlatformException refusal) {
		return switch (refusal) {
			case NotFound notFound -> HttpStatus.NOT_FOUND;
			case Conflict conflict -> HttpStatus.CONFLICT;
			case RuleViolation violation -> HttpStatus.UNPROCESSABLE_CONTENT;
			case InvalidInput invalid -> HttpStatus.BAD_REQUEST;
			case Unauthenticated unauthenticated -> HttpStatus.UNAUTHORIZED;
			case Locked locked -> HttpStatus.LOCKED;
			case UnsupportedMedia unsupported -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case TooLarge tooLarge -> HttpStatus.CONTENT_TOO_LARGE;
		};
	}

}
