package shenbao.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationView;
import shenbao.credit.CreditListing;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.quota.QuotaUse;

/**
 * What a reviewer sees and may do on one application: the application, the score sheets their level may see (never
 * a higher level's), the actions open to them now, their level's deadline, for a city its quota, and the unit's
 * 失信 listing when it is on the province's list.
 */
public record ReviewDesk(ApplicationView view, @Nullable ReviewLevel level, List<LevelScores> scores,
		Set<ReviewAction> actions, Set<ReturnTarget> returnTargets, boolean mayScore, @Nullable LevelScores ownScores,
		@Nullable LocalDateTime deadline, @Nullable QuotaUse quota, @Nullable CreditListing creditListing) {

	public ReviewDesk {
		scores = List.copyOf(scores);
		actions = Set.copyOf(actions);
		returnTargets = Set.copyOf(returnTargets);
	}

	public boolean may(ReviewAction action) {
		return this.actions.contains(action);
	}

}
