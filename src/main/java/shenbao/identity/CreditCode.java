package shenbao.identity;

import java.util.Locale;
import java.util.Optional;

import shenbao.platform.InvalidInput;

/**
 * A 统一社会信用代码 (GB 32100-2015): 18 characters from {@link #ALPHABET}. Characters 1–2 name the registering
 * authority and the kind of body, 3–8 the region (GB/T 2260), 9–17 the organisation code (GB 11714, with its own
 * check character at 17) and 18 the check character over the first 17. The constructor accepts only a valid code
 * in its canonical upper-case form; {@link #parse(String)} first trims and upper-cases what a person typed.
 */
public record CreditCode(String value) {

	/** The 31 characters of GB 32100: digits and upper-case letters without I, O, Z, S, V. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final int LENGTH = 18;

	/** The API field that carries a credit code (SPEC §10), named in the 400 answer. */
	private static final String FIELD = "creditCode";

	public CreditCode {
		Optional<Defect> defect = defectOf(value);
		if (defect.isPresent()) {
			throw InvalidInput.field(FIELD, defect.get().messageKey());
		}
	}

	/** Trims and upper-cases typed input, then validates it. */
	public static CreditCode parse(String input) {
		return new CreditCode(input.strip().toUpperCase(Locale.ROOT));
	}

	/** What is wrong with a candidate code, checked in the order a person would fix it; empty when valid. */
	public static Optional<Defect> defectOf(String candidate) {
		if (candidate.length() != LENGTH) {
			return Optional.of(Defect.LENGTH);
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
				return Optional.of(Defect.CHARACTER);
			}
		}
		if (candidate.charAt(16) != organisationCheck(candidate.substring(8, 16))) {
			return Optional.of(Defect.ORGANISATION_CODE);
		}
		if (candidate.charAt(17) != check(candidate.substring(0, 17))) {
			return Optional.of(Defect.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	public static boolean isValid(String candidate) {
		return defectOf(candidate).isEmpty();
	}

	/** GB 32100 §4.2: check = ALPHABET[(31 − Σ value × weight mod 31) mod 31] over the first 17 characters. */
	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * GB 11714: check = 11 − Σ value × weight mod 11 over the 8-character body, where a digit counts its value and a
	 * letter A–Z counts 10–35; 10 is written X and 11 is written 0.
	 */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return switch (check) {
			case 10 -> 'X';
			case 11 -> '0';
			default -> (char) ('0' + check);
		};
	}

	@Override
	public String toString() {
		return this.value;
	}

	/** Why a code is refused; each has a Chinese message for the registration form and API. */
	public enum Defect {

		LENGTH, CHARACTER, ORGANISATION_CODE, CHECK_CHARACTER;

		public String messageKey() {
			return "identity.credit-code." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
