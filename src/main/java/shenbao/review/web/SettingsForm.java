package shenbao.review.web;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import shenbao.review.ReviewSettings.EffectiveSetting;

/**
 * The 审核设置 form of one program, as typed: strings, so that a refused value comes back exactly as entered. Blank
 * deadlines mean "as the province says"; {@code countyReview} is "true", "false" or blank.
 */
record SettingsForm(@Nullable String countyReview, @Nullable String countyCloses, @Nullable String cityCloses) {

	/** What the city set itself; the inputs stay blank where it follows the province. */
	static SettingsForm of(EffectiveSetting setting) {
		var own = setting.own();
		return new SettingsForm(String.valueOf(setting.countyReview()),
				own == null ? null : shown(own.countyCloses()), own == null ? null : shown(own.cityCloses()));
	}

	/** The value of a {@code datetime-local} input. */
	private static @Nullable String shown(@Nullable LocalDateTime time) {
		return time == null ? null : time.toString();
	}

}
