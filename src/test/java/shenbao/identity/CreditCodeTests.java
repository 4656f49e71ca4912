package shenbao.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shenbao.identity.CreditCode.Defect;
import shenbao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CreditCodeTests {

	/*
	 * Codes worked out by hand for these tests (they name no real unit). For 91620602MA72B3C49J:
	 * organisation body MA72B3C4 → M=22 A=10 7 2 B=11 3 C=12 4; Σ × (3,7,9,10,5,8,4,2) = 66+70+63+20+55+24+48+8 = 354;
	 * 354 mod 11 = 2, 11 − 2 = 9 → character 17 is '9'.
	 * the first 17 characters 91620602MA72B3C49 as alphabet positions are 9,1,6,2,0,6,0,2,21,10,7,2,11,3,12,4,9;
	 * Σ × (1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28) = 1873; 1873 mod 31 = 13, 31 − 13 = 18 → ALPHABET[18] = 'J'.
	 * 916206020000000X0X: organisation body 0000000X gives Σ = 33 × 2 = 66, 66 mod 11 = 0, 11 − 0 = 11 → written '0'.
	 * 9162060200000006X0: body 00000006 gives Σ = 12, 12 mod 11 = 1, 11 − 1 = 10 → written 'X'.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "91620602MA72B3C49J", "91620100MA71PQ0T54", "91441302MA4W8R2E81", "12620000MB1D5K8A9R",
			"916206020000000X0X", "9162060200000006X0" })
	void acceptsCodesWhoseBothCheckCharactersAreRight(String code) {
		assertThat(CreditCode.defectOf(code)).isEmpty();
		assertThat(new CreditCode(code).value()).isEqualTo(code);
	}

	@Test
	void computesTheCheckCharactersOfTheStandard() {
		assertThat(CreditCode.organisationCheck("MA72B3C4")).isEqualTo('9');
		assertThat(CreditCode.check("91620602MA72B3C49")).isEqualTo('J');
		// 11 − Σ mod 11 = 11 is written 0, and 10 is written X
		assertThat(CreditCode.organisationCheck("0000000X")).isEqualTo('0');
		assertThat(CreditCode.organisationCheck("00000006")).isEqualTo('X');
	}

	@ParameterizedTest
	@ValueSource(strings = { "91620602MA72B3C49K", "91620602MA72B3C490", "91620602MA72B3C49Y" })
	void refusesAWrongFinalCheckCharacter(String code) {
		assertThat(CreditCode.defectOf(code)).contains(Defect.CHECK_CHARACTER);
	}

	@Test
	void refusesAWrongOrganisationCheckCharacterEvenWhenTheFinalOneFitsIt() {
		// character 17 changed from 9 to 8, and character 18 recomputed so that only the GB 11714 check fails
		String code = "91620602MA72B3C48" + CreditCode.check("91620602MA72B3C48");
		assertThat(CreditCode.defectOf(code)).contains(Defect.ORGANISATION_CODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91620602MA72B3C49", "91620602MA72B3C49JJ", "9162060" })
	void refusesAnythingButEighteenCharacters(String code) {
		assertThat(CreditCode.defectOf(code)).contains(Defect.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91620602MA72B3C4IJ", "91620602MA72B3C4OJ", "91620602MA72B3C4ZJ", "91620602MA72B3C4SJ",
			"91620602MA72B3C4VJ", "91620602MA72B3C4-J", "91620602MA72B3C4 J" })
	void refusesCharactersOutsideTheAlphabet(String code) {
		assertThat(CreditCode.defectOf(code)).contains(Defect.CHARACTER);
	}

	@Test
	void refusesLowerCaseButParseUpperCasesWhatAPersonTyped() {
		assertThat(CreditCode.defectOf("91620602ma72b3c49j")).contains(Defect.CHARACTER);
		assertThat(CreditCode.parse(" 91620602ma72b3c49j ").value()).isEqualTo("91620602MA72B3C49J");
	}

	@Test
	void anInvalidCodeIsA400NamingTheCreditCodeField() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new CreditCode("91620602MA72B3C49K"))
			.satisfies(ex -> {
				assertThat(ex.fieldProblems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("creditCode");
					assertThat(problem.key()).isEqualTo("identity.credit-code.check-character");
				});
			});
	}

}
