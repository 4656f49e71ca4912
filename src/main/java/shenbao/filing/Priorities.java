package shenbao.filing;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationRow;
import shenbao.identity.Caller;

/**
 * 推荐优先顺序: each county's recommended applications of a program whose chain says {@code countyRanks}, in the order
 * the county gives them (dense 1..n). Until the county moves one, the order is that of submission; an application
 * that leaves the recommended set (returned, not recommended) leaves the order and the others close up.
 */
public interface Priorities {

	/** The county's order as the caller may read it (the county itself, its city, the province); 404 otherwise. */
	List<Ranked> order(Caller caller, String programCode, String countyCode);

	/** Moves an application one place up or down in its county's order; county reviewers of that county only. */
	List<Ranked> move(Caller caller, String programCode, long applicationId, boolean up);

	/** The rank within its county of every recommended application of the caller's scope (for the 推荐汇总表). */
	Map<Long, Integer> ranks(Caller caller, String programCode, @Nullable String regionCode);

	/** The counties of the caller's scope that have recommended applications of the program, by code. */
	List<String> counties(Caller caller, String programCode);

	/** One place in a county's order. */
	record Ranked(int rank, ApplicationRow application) {
	}

}
