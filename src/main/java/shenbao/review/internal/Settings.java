package shenbao.review.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.deadline.Deadlines;
import shenbao.deadline.WindowKind;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;
import shenbao.region.Regions;
import shenbao.review.CitySetting;
import shenbao.review.ReviewSettings;

/** {@link ReviewSettings}: the province's windows from the program data, narrowed by what each city set. */
@Service
class Settings implements ReviewSettings {

	private final CitySettingStore store;

	private final Programs programs;

	private final Regions regions;

	private final Clock clock;

	private final Deadlines deadlines;

	Settings(CitySettingStore store, Programs programs, Regions regions, Clock clock, Deadlines deadlines) {
		this.deadlines = deadlines;
		this.store = store;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public EffectiveSetting effective(String programCode, String cityCode) {
		ProgramDefinition program = this.programs.get(programCode);
		CitySetting own = this.store.find(programCode, cityCode).orElse(null);
		boolean countyReview = program.chain().hasCounty()
				&& (!program.chain().countyOptional() || own == null || own.countyReview() == null
						|| own.countyReview());
		// the province's closes in force (extensions included), narrowed by what the city set
		LocalDateTime cityCloses = own != null && own.cityCloses() != null ? own.cityCloses()
				: this.deadlines.closes(program, WindowKind.CITY);
		LocalDateTime countyCloses = own != null && own.countyCloses() != null ? own.countyCloses()
				: this.deadlines.closes(program, WindowKind.COUNTY);
		return new EffectiveSetting(programCode, cityCode, countyReview, program.chain().countyOptional(),
				countyCloses, cityCloses, this.deadlines.closes(program, WindowKind.LETTERS), own);
	}

	@Override
	@Transactional
	public EffectiveSetting set(Caller caller, String programCode, @Nullable Boolean countyReview,
			@Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses) {
		String city = caller.regionCode();
		// a city's admin sets them too when publishing the city's 申报指南 (Guangdong manual §4.3.1)
		if ((caller.role() != Role.CITY_REVIEWER && caller.role() != Role.CITY_ADMIN) || city == null) {
			throw new NotFound("review.settings.not-found");
		}
		ProgramDefinition program = this.programs.get(programCode);
		if (!this.regions.isWithin(city, program.province())) {
			throw new NotFound("review.settings.not-found");
		}
		// the city's own application window, where its guide sets one, is what the county's deadline follows
		LocalDateTime applyCloses = this.deadlines.cityApplyCloses(program, city);
		LocalDateTime provinceCityCloses = this.deadlines.closes(program, WindowKind.CITY);
		if (countyReview != null && !countyReview && !program.chain().countyOptional()) {
			throw new RuleViolation("review.settings.county-required", program.name());
		}
		if (cityCloses != null) {
			requireInside(cityCloses, applyCloses, provinceCityCloses, "review.settings.city-outside");
		}
		LocalDateTime cityLimit = cityCloses != null ? cityCloses : provinceCityCloses;
		if (countyCloses != null) {
			requireInside(countyCloses, applyCloses, cityLimit, "review.settings.county-outside");
		}
		this.store.save(new CitySetting(programCode, city, countyReview, countyCloses, cityCloses),
				caller.displayName(), this.clock.instant());
		return effective(programCode, city);
	}

	/** A deadline must not come before applications close, nor after the level above's own close. */
	private static void requireInside(LocalDateTime time, LocalDateTime earliest, @Nullable LocalDateTime latest,
			String key) {
		if (time.isBefore(earliest) || (latest != null && time.isAfter(latest))) {
			throw new RuleViolation(key, Windows.shown(time), Windows.shown(earliest),
					latest == null ? "-" : Windows.shown(latest));
		}
	}

}
