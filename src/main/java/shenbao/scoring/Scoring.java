package shenbao.scoring;

import java.util.Map;

/**
 * Scores values against a program's rules. Changes nothing. Raw values are checked first: an unknown key, a wrong
 * type, a negative number where the field allows none or an unknown level text is refused with
 * {@link shenbao.platform.InvalidInput} naming the key.
 */
public interface Scoring {

	/**
	 * @param values values as parsed from JSON: numbers, booleans, texts, objects of sub-counts, lists of rows
	 */
	ScoreSheet score(String programCode, Map<String, ?> values);

	/**
	 * As {@link #score}, for values exactly as {@link #validate} returned them (a caller that has just validated them
	 * need not pay for it twice). Other values give undefined results.
	 */
	ScoreSheet scoreValidated(String programCode, Map<String, Object> validated);

	/**
	 * Checks values against the program's fields without scoring them, and returns them in the forms the rules read
	 * (decimals, booleans, texts, maps of parts, lists of rows).
	 * @throws shenbao.platform.InvalidInput naming every key at fault
	 */
	Map<String, Object> validate(String programCode, Map<String, ?> values);

}
