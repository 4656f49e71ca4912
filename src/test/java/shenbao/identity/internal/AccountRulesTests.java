package shenbao.identity.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "abc", "wuwei-tech", "li.ming_2026", "a1-", "city-620100",
			"abcdefghijklmnopqrstuvwxyz012345" })
	void acceptsThreeToThirtyTwoLowerCaseLettersDigitsDotsUnderscoresAndHyphens(String username) {
		assertThat(AccountRules.usernameDefect(username)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "abcdefghijklmnopqrstuvwxyz0123456", "LiMing", "li ming", "li@ming", "李明",
			"wuwei+tech" })
	void refusesOtherUsernames(String username) {
		assertThat(AccountRules.usernameDefect(username)).contains("identity.username.format");
	}

	@ParameterizedTest
	@CsvSource({ "abcdefg1, someone", "Wuwei2026!, someone", "12345678a, someone", "密码Abc12345, someone",
			"x1x1x1x1, someone" })
	void acceptsEightOrMoreCharactersWithALetterAndADigit(String password, String username) {
		assertThat(AccountRules.passwordDefect(password, username)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "abcdef1, 7 characters", "abcdefgh, no digit", "12345678, no letter", "密码密码密码密码1, no Latin letter",
			"'', empty" })
	void refusesShortPasswordsAndThoseWithoutBothLettersAndDigits(String password, String why) {
		assertThat(AccountRules.passwordDefect(password, "someone")).as(why).contains("identity.password.weak");
	}

	@ParameterizedTest
	@CsvSource({ "wuwei2026, wuwei2026", "xWuWei2026x, wuwei2026", "abc12345, abc" })
	void refusesAPasswordThatContainsTheUsername(String password, String username) {
		assertThat(AccountRules.passwordDefect(password, username)).contains("identity.password.contains-username");
	}

	@ParameterizedTest
	@CsvSource({ "72, false", "73, true" })
	void refusesMoreThanBcryptReads(int bytes, boolean refused) {
		String password = "a1" + "x".repeat(bytes - 2);
		assertThat(AccountRules.passwordDefect(password, "someone").isPresent()).isEqualTo(refused);
		// 25 Chinese characters are 75 bytes in UTF-8
		assertThat(AccountRules.passwordDefect("a1" + "密".repeat(25), "someone"))
			.contains("identity.password.too-long");
	}

}
