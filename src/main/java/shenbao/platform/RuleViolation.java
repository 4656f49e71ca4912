package shenbao.platform;

import java.util.List;

/** 422: the request is well formed but a business rule refuses it (window closed, items missing). */
public final class RuleViolation extends PlatformException {

	public RuleViolation(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

	public RuleViolation(String messageKey, List<FieldProblem> problems, Object... arguments) {
		super(messageKey, arguments, problems);
	}

}
