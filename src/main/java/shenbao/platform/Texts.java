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

	/** The refusal's own message followed by each field problem's, for a single line on a page. */
	public String detailed(PlatformException refusal) {
		StringBuilder text = new StringBuilder(of(refusal));
		for (PlatformException.FieldProblem problem : refusal.fieldProblems()) {
			String message = problem.text() != null ? problem.text()
					: problem.key() == null ? "" : of(problem.key(), problem.arguments());
			if (!message.isEmpty() && !text.toString().contains(message)) {
				text.append(' ').append(message);
			}
		}
		return text.toString();
	}

}
