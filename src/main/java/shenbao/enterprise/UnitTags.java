package shenbao.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import shenbao.identity.Caller;

/** 企业标签: the labels a unit has earned, given by the province or the unit's city. */
public interface UnitTags {

	/** Longest tag, in characters. */
	int MAX_LENGTH = 20;

	/** Most tags one unit may carry. */
	int MAX_PER_UNIT = 20;

	/** A unit's tags, alphabetically. */
	List<String> of(long unitId);

	/** Many units' tags at once; units without tags are left out. */
	Map<Long, List<String>> ofAll(Collection<Long> unitIds);

	/**
	 * Gives a unit a tag (again: nothing changes).
	 * @throws shenbao.platform.NotFound (404) when the unit lies outside the caller's region, or the caller may not
	 * tag (only province and city reviewers do)
	 * @throws shenbao.platform.InvalidInput (400) for an empty or too long tag, or one tag too many
	 */
	List<String> add(Caller caller, long unitId, String tag);

	/**
	 * Takes a tag away (a tag the unit does not carry: nothing changes).
	 * @throws shenbao.platform.NotFound (404) as {@link #add}
	 */
	List<String> remove(Caller caller, long unitId, String tag);

}
