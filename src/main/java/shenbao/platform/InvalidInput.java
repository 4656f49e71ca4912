package shenbao.platform;

import java.util.List;

/** 400: malformed or out-of-range input, naming the fields at fault. */
public final class InvalidInput extends PlatformException {

	public InvalidInput(String messageKey, List<FieldProblem> problems, Object... arguments) {
		super(messageKey, arguments, problems);
	}

	public static InvalidInput field(String field, String key, Object... arguments) {
		return new InvalidInput("platform.input.invalid", List.of(FieldProblem.ofKey(field, key, arguments)));
	}

}
