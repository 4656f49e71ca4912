package shenbao.review;

import org.jspecify.annotations.Nullable;

/** A reviewer's decision on one application, with the opinion recorded in the 办理记录. */
public record Decision(ReviewAction action, @Nullable String opinion, @Nullable ReturnTarget target) {

	public static final int MAX_OPINION = 1000;

}
