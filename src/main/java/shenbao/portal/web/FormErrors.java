package shenbao.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import shenbao.platform.PlatformException;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.Texts;

/** A refusal as a form shows it: one Chinese message per field, in the order the service reported them. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(Texts texts, PlatformException refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refusal.fieldProblems()) {
			String text = problem.key() != null ? texts.of(problem.key(), problem.arguments())
					: String.valueOf(problem.text());
			errors.putIfAbsent(problem.field(), text);
		}
		if (errors.isEmpty()) {
			errors.put("form", texts.of(refusal));
		}
		return errors;
	}

}
