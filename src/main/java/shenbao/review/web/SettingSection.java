package shenbao.review.web;

import java.time.LocalDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.program.ProgramDefinition;
import shenbao.program.Windows;
import shenbao.review.ReviewSettings.EffectiveSetting;

/**
 * One program's part of the 审核设置 page: the settings in force, the province's limits shown beside the inputs
 * (deadlines as the seeds write them, "2026-06-10 24:00"), the form as typed and its refusals by input id.
 */
record SettingSection(String code, String name, boolean hasCounty, boolean countyOptional, boolean countyReview,
		@Nullable String countyCloses, @Nullable String cityCloses, String applyCloses,
		@Nullable String provinceCountyCloses, @Nullable String provinceCityCloses, SettingsForm form,
		Map<String, String> errors) {

	static SettingSection of(ProgramDefinition program, EffectiveSetting effective, SettingsForm form,
			Map<String, String> errors) {
		Windows windows = program.windows();
		return new SettingSection(program.code(), program.name(), program.chain().hasCounty(),
				program.chain().hasCounty() && program.chain().countyOptional(), effective.countyReview(),
				shown(effective.countyCloses()), shown(effective.cityCloses()), Windows.shown(windows.apply().closes()),
				shown(windows.countyCloses()), shown(windows.cityCloses()), form, errors);
	}

	/** The id of an input of this program's form; ids stay unique with every program on one page. */
	static String id(String field, String code) {
		return field + "-" + code;
	}

	public String id(String field) {
		return id(field, this.code);
	}

	private static @Nullable String shown(@Nullable LocalDateTime time) {
		return time == null ? null : Windows.shown(time);
	}

}
