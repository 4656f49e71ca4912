package shenbao.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.program.ReviewChain.ReviewLevel;

/** One level's score sheet for an application, as the caller may see it. */
public record LevelScores(ReviewLevel level, Map<String, BigDecimal> scores, BigDecimal total, String reviewerName,
		boolean locked, Instant updatedAt, @Nullable Instant lockedAt) {

	public LevelScores {
		scores = Map.copyOf(scores);
	}

}
