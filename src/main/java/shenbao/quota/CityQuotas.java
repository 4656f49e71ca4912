package shenbao.quota;

import java.util.List;

/**
 * The places each 市州 has for recommending a program's applications to the province (SPEC §3: 企业技术中心 5 per
 * city, 兰州市 8). A place is taken by a recommendation and freed by a recall or a return. Taking one locks the
 * city's row for the program, so the limit holds across concurrent requests and app nodes; call these inside the
 * transaction that changes the application's status.
 */
public interface CityQuotas {

	QuotaUse usage(String programCode, String cityCode);

	/** {@link #usage} for several cities of one program at once, in the order given (two queries, not two per city). */
	List<QuotaUse> usages(String programCode, List<String> cityCodes);

	/**
	 * Takes a place for the application.
	 * @throws shenbao.platform.Conflict (409) when the city's places are all taken; the message says used / quota
	 */
	QuotaUse take(String programCode, String cityCode, long applicationId);

	/** As {@link #take}, but answers false instead of refusing when the places are all taken. */
	boolean tryTake(String programCode, String cityCode, long applicationId);

	/** Frees the application's place, if it holds one. */
	void release(long applicationId);

	boolean holdsPlace(long applicationId);

}
