package shenbao.review;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a city decided for a program in its region: whether county review is needed (null: as the program says) and
 * its own deadlines (null: the province's), local times in Asia/Shanghai, a close time exclusive.
 */
public record CitySetting(String programCode, String cityCode, @Nullable Boolean countyReview,
		@Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses) {
}
