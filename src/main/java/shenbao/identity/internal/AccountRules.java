package shenbao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a self-chosen username and password must look like. Each check answers the message key of what is wrong,
 * so that the 注册 page and the API say the same thing in Chinese.
 */
final class AccountRules {

	static final int PASSWORD_MIN_LENGTH = 8;

	/** bcrypt reads at most 72 bytes and Spring Security refuses longer input, so we refuse it with a message. */
	static final int PASSWORD_MAX_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

	private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

	private static final Pattern DIGIT = Pattern.compile("[0-9]");

	private AccountRules() {
	}

	/** 3–32 characters of lower-case ASCII letters, digits, dot, underscore and hyphen (like the demo accounts). */
	static Optional<String> usernameDefect(String username) {
		return USERNAME.matcher(username).matches() ? Optional.empty() : Optional.of("identity.username.format");
	}

	/**
	 * At least 8 characters with at least one letter and one digit, at most 72 bytes, and not containing the
	 * username (ignoring case), which is the first thing a guesser tries.
	 */
	static Optional<String> passwordDefect(String password, String username) {
		if (password.length() < PASSWORD_MIN_LENGTH || !LETTER.matcher(password).find()
				|| !DIGIT.matcher(password).find()) {
			return Optional.of("identity.password.weak");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			return Optional.of("identity.password.too-long");
		}
		if (!username.isEmpty()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("identity.password.contains-username");
		}
		return Optional.empty();
	}

}
