package shenbao.review;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * Each city's settings for its region (Guangdong manual §4.3): county review on or off where the program lets the
 * city choose, and deadlines that must lie inside the province's (a county deadline inside the city's).
 */
public interface ReviewSettings {

	/** The settings in force for a program and city, the province's where the city set nothing. */
	EffectiveSetting effective(String programCode, String cityCode);

	/**
	 * Sets the caller's (a city reviewer's) settings for a program.
	 * @throws shenbao.platform.RuleViolation (422) when a deadline lies outside the province's window or the county
	 * deadline after the city's, or county review is switched off where the program requires it
	 */
	EffectiveSetting set(Caller caller, String programCode, @Nullable Boolean countyReview,
			@Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses);

	/** The settings in force: whether county review applies and each level's close time (null: no deadline). */
	record EffectiveSetting(String programCode, String cityCode, boolean countyReview, boolean countyOptional,
			@Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses,
			@Nullable LocalDateTime lettersClose, @Nullable CitySetting own) {
	}

}
