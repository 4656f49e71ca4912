package shenbao.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A refusal that users and API clients see: it carries a message key (resolved in Chinese) and, for input
 * problems, the fields at fault. The subclass decides the HTTP status.
 */
public abstract sealed class PlatformException extends RuntimeException
		permits NotFound, Conflict, RuleViolation, InvalidInput, Unauthenticated, Locked, UnsupportedMedia,
		TooLarge {

	private final String messageKey;

	private final Object[] arguments;

	private final List<FieldProblem> fieldProblems;

	protected PlatformException(String messageKey, Object[] arguments, List<FieldProblem> fieldProblems) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

	/**
	 * One field at fault. The message is either a message key (resolved with its arguments) or, when
	 * {@code key} is null, text that is already Chinese (e.g. built from program data).
	 */
	public record FieldProblem(String field, @Nullable String key, Object[] arguments, @Nullable String text) {

		public static FieldProblem ofKey(String field, String key, Object... arguments) {
			return new FieldProblem(field, key, arguments, null);
		}

		public static FieldProblem ofText(String field, String text) {
			return new FieldProblem(field, null, new Object[0], text);
		}

	}

}
