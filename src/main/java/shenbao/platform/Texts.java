package shenbao.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message keys made into the reader's text (Chinese), for controllers that show a refusal inline. */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	public String of(PlatformException refusal) {
		return of(refusal.messageKey(), refusal.arguments());
	}

}
