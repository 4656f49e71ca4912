package shenbao.review.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * 我的待办 / 项目中心 (Gansu manual §5.2, Guangdong manual §4.3): the applications of the reviewer's scope by tab, with
 * the counts of every tab under the same filters, filters as a plain GET form, paging and, for cities and the province, the quota counter of
 * the chosen program. Batch recommendation posts to {@link BatchRecommendationController}.
 */
@Controller
class ReviewListController {

	static final String VIEW = "review/list";

	static final int PAGE_SIZE = 20;

	private final ApplicationReviews applications;

	private final Programs programs;

	private final Regions regions;

	private final CityQuotas quotas;

	private final shenbao.review.ReviewSettings settings;

	private final java.time.Clock clock;

	ReviewListController(ApplicationReviews applications, Programs programs, Regions regions, CityQuotas quotas,
			shenbao.review.ReviewSettings settings, java.time.Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.applications = applications;
		this.programs = programs;
		this.regions = regions;
		this.quotas = quotas;
	}

	@GetMapping("/review")
	String list(Caller caller, @RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String program,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ReviewLevel level = levelOf(caller);
		ReviewTab current = ReviewTab.parse(tab);
		List<ProgramDefinition> offered = programsOf(caller);
		String chosenProgram = offered.stream().map(ProgramDefinition::code).filter(code -> code.equals(program))
			.findFirst().orElse(null);
		List<Region> below = regionsBelow(caller, level);
		String chosenRegion = below.stream().map(Region::code).filter(code -> code.equals(region)).findFirst()
			.orElse(null);
		String unitName = name == null || name.isBlank() ? null : name.strip();
		ApplicationPage found = this.applications.search(caller, new ApplicationQuery(chosenProgram,
				current.statuses(level), chosenRegion, unitName, Math.max(0, page - 1), PAGE_SIZE));
		model.addAttribute("level", level);
		model.addAttribute("tab", current);
		model.addAttribute("tabs", List.of(ReviewTab.values())
			.stream()
			.map(each -> new TabCount(each, each == current ? found.total()
					: this.applications.search(caller, new ApplicationQuery(chosenProgram, each.statuses(level),
							chosenRegion, unitName, 0, 1)).total()))
			.toList());
		model.addAttribute("filter", new Filter(chosenProgram, chosenRegion, unitName));
		model.addAttribute("programs", offered);
		model.addAttribute("regions", below);
		model.addAttribute("rows", found.items().stream().map(this::row).toList());
		model.addAttribute("found", found);
		model.addAttribute("quotas", quotas(caller, level, chosenProgram, chosenRegion, below));
		model.addAttribute("batchAction", level == ReviewLevel.PROVINCE ? "APPROVE" : "RECOMMEND");
		model.addAttribute("reminders", reminders(caller, level, offered));
		return VIEW;
	}

	/** Days before a level's close from which 我的待办 reminds the reviewer of what still waits (SPEC §12). */
	static final int REMIND_DAYS = 3;

	/**
	 * SPEC §12 "Reminders before a deadline": for each program with applications waiting at the reviewer's level whose
	 * close (the city's own, or the province's with extensions) is at most {@link #REMIND_DAYS} days away or passed.
	 */
	private List<Reminder> reminders(Caller caller, ReviewLevel level, List<ProgramDefinition> offered) {
		if (level == ReviewLevel.PROVINCE) {
			return List.of();
		}
		String city = this.regions.cityOf(caller.regionCode()).map(Region::code).orElse(caller.regionCode());
		java.time.LocalDateTime now = java.time.LocalDateTime.now(this.clock.withZone(shenbao.platform.Platform.ZONE));
		List<Reminder> reminders = new java.util.ArrayList<>();
		for (ProgramDefinition program : offered) {
			var setting = this.settings.effective(program.code(), city);
			java.time.LocalDateTime closes = level == ReviewLevel.COUNTY ? setting.countyCloses() : setting.cityCloses();
			if (closes == null || now.plusDays(REMIND_DAYS).isBefore(closes)) {
				continue;
			}
			long waiting = this.applications.countByStatus(caller, program.code())
				.getOrDefault(level == ReviewLevel.COUNTY ? shenbao.application.ApplicationStatus.COUNTY_REVIEW
						: shenbao.application.ApplicationStatus.CITY_REVIEW, 0L);
			if (waiting > 0) {
				reminders.add(new Reminder(program.name(), shenbao.program.Windows.shown(closes), waiting,
						!now.isBefore(closes)));
			}
		}
		return reminders;
	}

	record Reminder(String programName, String closes, long waiting, boolean passed) {
	}

	static ReviewLevel levelOf(Caller caller) {
		ReviewLevel level = ReviewTab.levelOf(caller.role());
		if (level == null || caller.regionCode() == null) {
			throw new NotFound("platform.not-found");
		}
		return level;
	}

	private List<ProgramDefinition> programsOf(Caller caller) {
		String province = this.regions.provinceOf(caller.regionCode()).map(Region::code).orElse(null);
		return this.programs.all().stream().filter(program -> program.province().equals(province)).toList();
	}

	/** The regions a reviewer may filter by: a city's 县区, the province's 市州. */
	private List<Region> regionsBelow(Caller caller, ReviewLevel level) {
		return level == ReviewLevel.COUNTY ? List.of() : this.regions.children(caller.regionCode());
	}

	/** 已推荐 n / 名额 m: the city's own; for the province each city's (or the one filtered by). */
	private List<QuotaRow> quotas(Caller caller, ReviewLevel level, @Nullable String program, @Nullable String region,
			List<Region> below) {
		if (program == null || level == ReviewLevel.COUNTY) {
			return List.of();
		}
		List<Region> cities = level == ReviewLevel.CITY ? this.regions.find(caller.regionCode()).stream().toList()
				: below.stream().filter(city -> region == null || city.code().equals(region)).toList();
		return cities.stream().map(city -> new QuotaRow(city.name(), this.quotas.usage(program, city.code()))).toList();
	}

	private Row row(ApplicationSummary summary) {
		return new Row(summary, this.regions.fullName(summary.regionCode()),
				this.programs.find(summary.programCode()).map(ProgramDefinition::name).orElse(summary.programCode()));
	}

	record TabCount(ReviewTab tab, long count) {
	}

	record Filter(@Nullable String program, @Nullable String region, @Nullable String name) {
	}

	record Row(ApplicationSummary summary, String regionName, String programName) {
	}

	record QuotaRow(String cityName, QuotaUse use) {
	}

}
