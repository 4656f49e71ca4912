package shenbao.dashboard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationCount;
import shenbao.application.ApplicationStatistics;
import shenbao.deadline.Deadlines;
import shenbao.application.ApplicationStatus;
import shenbao.application.SelfScoreTotal;
import shenbao.dashboard.Dashboard;
import shenbao.dashboard.Dashboard.CountRow;
import shenbao.dashboard.Dashboard.Deadline;
import shenbao.dashboard.Dashboard.QuotaRow;
import shenbao.dashboard.Dashboard.ScoreDistribution;
import shenbao.dashboard.Dashboards;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;
import shenbao.region.Region;
import shenbao.region.RegionLevel;
import shenbao.region.Regions;
import shenbao.review.ReviewSettings;
import shenbao.review.ReviewSettings.EffectiveSetting;

/**
 * {@link Dashboards}. The application counts and self-scores come scoped from the application module; this class
 * only groups them by program and by the region one level below the caller's (a province's cities, a city's
 * counties). Quotas are shown per city of the scope; deadlines are the province's for the province and the city's
 * settings in force for a city or county.
 */
@Service
class DashboardService implements Dashboards {

	private final ApplicationStatistics statistics;

	private final CityQuotas quotas;

	private final ReviewSettings settings;

	private final Programs programs;

	private final Regions regions;

	private final Clock clock;

	private final LevelScoreFigures levelScores;

	private final Deadlines deadlines;

	DashboardService(ApplicationStatistics statistics, CityQuotas quotas, ReviewSettings settings, Programs programs,
			Regions regions, Clock clock, LevelScoreFigures levelScores, Deadlines deadlines) {
		this.deadlines = deadlines;
		this.levelScores = levelScores;
		this.statistics = statistics;
		this.quotas = quotas;
		this.settings = settings;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Dashboard of(Caller caller) {
		return of(caller, null);
	}

	@Override
	@Transactional(readOnly = true)
	public Dashboard of(Caller caller, @Nullable String programCode) {
		Region scope = scope(caller);
		String province = this.regions.provinceOf(scope.code()).map(Region::code).orElseThrow();
		List<ProgramDefinition> programs = this.programs.all()
			.stream()
			.filter(program -> program.province().equals(province))
			.filter(program -> programCode == null || program.code().equals(programCode))
			.toList();
		if (programs.isEmpty()) {
			throw new NotFound("dashboard.program.not-found");
		}
		List<ApplicationCount> counts = this.statistics.counts(caller)
			.stream()
			.filter(count -> programCode == null || count.programCode().equals(programCode))
			.toList();
		List<SelfScoreTotal> selfScores = this.statistics.selfScoreTotals(caller)
			.stream()
			.filter(total -> programCode == null || total.programCode().equals(programCode))
			.toList();
		Map<Long, String> programOf = new java.util.HashMap<>();
		selfScores.forEach(total -> programOf.put(total.applicationId(), total.programCode()));
		List<ApplicationStatus> statuses = Arrays.stream(ApplicationStatus.values())
			.filter(status -> status != ApplicationStatus.DRAFT)
			.toList();
		List<CountRow> byProgram = programs.stream()
			.map(program -> new CountRow(program.code(), program.name(), Figures.counts(counts.stream()
				.filter(count -> count.programCode().equals(program.code()))
				.toList())))
			.toList();
		return new Dashboard(scope, scope.level(), OffsetDateTime.now(this.clock.withZone(Platform.ZONE)), statuses,
				Figures.counts(counts), byProgram, byRegion(scope, counts), quotas(scope, programs),
				scores(selfScores, programs), this.levelScores.of(caller, programs, programOf),
				deadlines(scope, programs));
	}

	private Region scope(Caller caller) {
		boolean reviewer = caller.role() == Role.PROVINCE_REVIEWER || caller.role() == Role.CITY_REVIEWER
				|| caller.role() == Role.COUNTY_REVIEWER;
		String code = caller.regionCode();
		if (!reviewer || code == null) {
			throw new NotFound("dashboard.not-found");
		}
		return this.regions.find(code).orElseThrow(() -> new NotFound("dashboard.not-found"));
	}

	/** The regions one level below the scope (a county's board has its own row only). */
	private List<CountRow> byRegion(Region scope, List<ApplicationCount> counts) {
		List<Region> below = scope.isCounty() ? List.of(scope) : this.regions.children(scope.code());
		if (below.isEmpty()) {
			below = List.of(scope);
		}
		Function<ApplicationCount, String> key = scope.level() == RegionLevel.PROVINCE ? ApplicationCount::cityCode
				: ApplicationCount::regionCode;
		Map<String, List<ApplicationCount>> grouped = counts.stream().collect(Collectors.groupingBy(key));
		return below.stream()
			.map(region -> new CountRow(region.code(), region.name(),
					Figures.counts(grouped.getOrDefault(region.code(), List.of()))))
			.toList();
	}

	private List<QuotaRow> quotas(Region scope, List<ProgramDefinition> programs) {
		List<Region> cities = switch (scope.level()) {
			case PROVINCE -> this.regions.children(scope.code());
			case CITY -> List.of(scope);
			case COUNTY -> this.regions.cityOf(scope.code()).map(List::of).orElse(List.of());
		};
		Map<String, String> names = cities.stream().collect(Collectors.toMap(Region::code, Region::name));
		List<String> codes = cities.stream().map(Region::code).toList();
		List<QuotaRow> rows = new ArrayList<>();
		for (ProgramDefinition program : programs) {
			if (program.quotas().perCity() == null && program.quotas().cities().isEmpty()) {
				continue;
			}
			for (QuotaUse use : this.quotas.usages(program.code(), codes)) {
				rows.add(new QuotaRow(program.code(), program.name(), use.cityCode(), names.get(use.cityCode()),
						use.quota(), use.used()));
			}
		}
		return rows;
	}

	private List<ScoreDistribution> scores(List<SelfScoreTotal> selfScores, List<ProgramDefinition> programs) {
		Map<String, List<BigDecimal>> totals = selfScores.stream()
			.collect(Collectors.groupingBy(SelfScoreTotal::programCode,
					Collectors.mapping(SelfScoreTotal::total, Collectors.toList())));
		return programs.stream()
			.filter(program -> !program.indicators().isEmpty())
			.map(program -> Figures.distribution(program, totals.getOrDefault(program.code(), List.of())))
			.toList();
	}

	private List<Deadline> deadlines(Region scope, List<ProgramDefinition> programs) {
		String city = scope.level() == RegionLevel.PROVINCE ? null
				: this.regions.cityOf(scope.code()).map(Region::code).orElse(null);
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(Platform.ZONE));
		List<Deadline> rows = new ArrayList<>();
		for (ProgramDefinition program : programs) {
			LocalDateTime county = program.windows().countyCloses();
			LocalDateTime cityCloses = program.windows().cityCloses();
			boolean countyReview = program.chain().hasCounty();
			if (city != null) {
				EffectiveSetting effective = this.settings.effective(program.code(), city);
				county = effective.countyCloses();
				cityCloses = effective.cityCloses();
				countyReview = effective.countyReview();
			}
			// the close in force: the province's extensions for everyone, and a city's own window for its board
			add(rows, program, "APPLY", city != null ? this.deadlines.cityApplyCloses(program, city)
					: this.deadlines.applyCloses(program, null), now);
			if (countyReview) {
				add(rows, program, "COUNTY", county, now);
			}
			if (scope.level() != RegionLevel.COUNTY) {
				add(rows, program, "CITY", cityCloses, now);
			}
			add(rows, program, "LETTERS", program.windows().lettersClose(), now);
		}
		return rows;
	}

	private static void add(List<Deadline> rows, ProgramDefinition program, String level,
			@Nullable LocalDateTime closes, LocalDateTime now) {
		if (closes == null) {
			return;
		}
		Duration left = Duration.between(now, closes);
		rows.add(new Deadline(program.code(), program.name(), level, closes,
				closes.atZone(Platform.ZONE).toOffsetDateTime(), left.toDays(), !left.isPositive()));
	}

}
