package shenbao.application;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's filter over the applications of their scope: program, statuses, a region below theirs (a 县区 for a
 * city reviewer, a 市州 or 县区 for the province), part of the unit's name; pages count from 0.
 */
public record ApplicationQuery(@Nullable String programCode, Set<ApplicationStatus> statuses,
		@Nullable String regionCode, @Nullable String unitName, int page, int size) {

	public static final int MAX_SIZE = 200;

	public ApplicationQuery {
		statuses = Set.copyOf(statuses);
		page = Math.max(0, page);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

}
