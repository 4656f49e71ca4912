package shenbao.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import shenbao.platform.PlatformException.FieldProblem;

/**
 * Turns field problems into the Chinese messages a form shows next to each field and in the error summary, one per
 * field, in the order the fields appear on the page (GOV.UK: the summary lists errors in page order).
 */
@Component
class FieldMessages {

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> inPageOrder(List<FieldProblem> problems, List<String> pageOrder) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (String field : pageOrder) {
			problems.stream()
				.filter(problem -> problem.field().equals(field))
				.findFirst()
				.ifPresent(problem -> byField.put(field, text(problem)));
		}
		for (FieldProblem problem : problems) {
			byField.putIfAbsent(problem.field(), text(problem));
		}
		return byField;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private String text(FieldProblem problem) {
		return problem.key() != null ? text(problem.key(), problem.arguments()) : String.valueOf(problem.text());
	}

}
