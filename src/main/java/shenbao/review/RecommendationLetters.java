package shenbao.review;

import java.io.InputStream;
import java.util.List;

import shenbao.identity.Caller;

/**
 * 推荐函 (SPEC §5): counties and cities upload their recommendation letters (PDF) per program until the letters'
 * deadline; the level above views them (a city its counties', the province every city's and county's).
 */
public interface RecommendationLetters {

	/**
	 * Stores a letter of the caller's county or city; call outside a transaction (the file is streamed first).
	 * @throws shenbao.platform.UnsupportedMedia (415) not a PDF; {@link shenbao.platform.TooLarge} (413)
	 * @throws shenbao.platform.RuleViolation (422) after the letters' deadline
	 */
	Letter upload(Caller caller, String programCode, InputStream content, String filename);

	/** The letters of a program the caller may see, newest first. */
	List<Letter> list(Caller caller, String programCode);

	/** @throws shenbao.platform.NotFound when there is no such letter in the caller's view */
	Letter get(Caller caller, long letterId);

}
