package shenbao.review.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.ApplicationView.HistoryEntry;
import shenbao.application.Applications;
import shenbao.credit.CreditList;
import shenbao.credit.CreditListing;
import shenbao.identity.Caller;
import shenbao.identity.Units;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.program.Windows;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.Decision;
import shenbao.review.LevelScores;
import shenbao.review.ReturnTarget;
import shenbao.review.ReviewAction;
import shenbao.review.ReviewDesk;
import shenbao.review.ReviewSettings;
import shenbao.review.ReviewSettings.EffectiveSetting;
import shenbao.review.Reviews;

/**
 * {@link Reviews}: the SPEC §3 transitions with their rules. Every decision locks the application row first (two
 * reviewers clicking at once act one after the other), checks that it waits for the caller's level and that the
 * level's deadline has not passed, and, for a city's recommendation, takes a place in the city's quota in the same
 * transaction.
 */
@Service
class ReviewWork implements Reviews {

	static final int MAX_BATCH = 200;

	private final ApplicationReviews applications;

	private final Applications reads;

	private final Programs programs;

	private final Regions regions;

	private final CityQuotas quotas;

	private final ReviewSettings settings;

	private final ScoreStore scores;

	private final Texts texts;

	private final Clock clock;

	private final Units units;

	private final CreditList credit;

	private final ChecklistWork checklists;

	ReviewWork(ApplicationReviews applications, Applications reads, Programs programs, Regions regions,
			CityQuotas quotas, ReviewSettings settings, ScoreStore scores, Texts texts, Clock clock, Units units,
			CreditList credit, ChecklistWork checklists) {
		this.checklists = checklists;
		this.units = units;
		this.credit = credit;
		this.applications = applications;
		this.reads = reads;
		this.programs = programs;
		this.regions = regions;
		this.quotas = quotas;
		this.settings = settings;
		this.scores = scores;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ApplicationPage pending(Caller caller, ApplicationQuery query) {
		return Levels.of(caller)
			.map(level -> this.applications.search(caller, new ApplicationQuery(query.programCode(),
					Set.of(Levels.waiting(level)), query.regionCode(), query.unitName(), query.page(), query.size())))
			.orElseGet(() -> new ApplicationPage(List.of(), 0, query.page(), query.size()));
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewDesk desk(Caller caller, long applicationId) {
		ApplicationView view = reviewerView(caller, applicationId);
		ReviewLevel level = Levels.of(caller).orElse(null);
		ProgramDefinition program = this.programs.get(view.programCode());
		String city = cityOf(view);
		EffectiveSetting setting = this.settings.effective(program.code(), city);
		List<LevelScores> visible = visibleScores(caller, applicationId);
		if (level == null) {
			return new ReviewDesk(view, null, visible, Set.of(), Set.of(), false, null, null, null, creditOf(view));
		}
		LocalDateTime deadline = deadline(level, setting);
		boolean open = deadline == null || now().isBefore(deadline);
		boolean atLevel = view.status() == Levels.waiting(level);
		Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
		Set<ReturnTarget> targets = EnumSet.noneOf(ReturnTarget.class);
		if (atLevel && open) {
			actions.add(level == ReviewLevel.PROVINCE ? ReviewAction.APPROVE : ReviewAction.RECOMMEND);
			actions.add(ReviewAction.RETURN);
			actions.add(ReviewAction.NOT_RECOMMEND);
			targets.add(ReturnTarget.APPLICANT);
			if (level == ReviewLevel.CITY && passedCounty(view)) {
				targets.add(ReturnTarget.COUNTY);
			}
			if (level == ReviewLevel.PROVINCE) {
				targets.add(ReturnTarget.CITY);
			}
		}
		if (open && recallable(view, level)) {
			actions.add(ReviewAction.RECALL);
		}
		LevelScores own = this.scores.find(applicationId, level).orElse(null);
		boolean mayScore = atLevel && open && scores(program, level) && (own == null || !own.locked());
		QuotaUse quota = level == ReviewLevel.COUNTY ? null : this.quotas.usage(program.code(), city);
		return new ReviewDesk(view, level, visible, actions, targets, mayScore, own, deadline, quota, creditOf(view));
	}

	private @Nullable CreditListing creditOf(ApplicationView view) {
		return this.units.find(view.unitId())
			.flatMap(unit -> this.credit.find(unit.creditCode().value()))
			.orElse(null);
	}

	@Override
	@Transactional
	public ApplicationStatus decide(Caller caller, long applicationId, Decision decision) {
		ReviewLevel level = Levels.of(caller).orElseThrow(() -> new NotFound("application.not-found"));
		ApplicationView view = this.applications.lock(caller, applicationId);
		ProgramDefinition program = this.programs.get(view.programCode());
		String city = cityOf(view);
		EffectiveSetting setting = this.settings.effective(program.code(), city);
		String opinion = opinion(decision);
		requireOpen(level, setting);
		ApplicationStatus from = view.status();
		return switch (decision.action()) {
			case RECOMMEND, APPROVE -> {
				requireAt(view, level);
				requireScored(program, level, applicationId);
				this.checklists.requireConfirmed(program, level, view);
				ApplicationStatus to = switch (level) {
					case COUNTY -> ApplicationStatus.CITY_REVIEW;
					case CITY -> ApplicationStatus.PROVINCE_REVIEW;
					case PROVINCE, EXPERT -> ApplicationStatus.EXPERT_REVIEW;
				};
				if (level == ReviewLevel.CITY) {
					this.quotas.take(program.code(), city, applicationId);
				}
				this.applications.move(caller, applicationId, from, to,
						level == ReviewLevel.PROVINCE ? "APPROVE" : "RECOMMEND", opinion, null);
				yield to;
			}
			case RETURN -> {
				requireOpinion(opinion);
				requireAt(view, level);
				ReturnTarget target = decision.target() == null ? ReturnTarget.APPLICANT : decision.target();
				yield switch (target) {
					case APPLICANT -> {
						releaseAtProvince(level, applicationId);
						this.applications.move(caller, applicationId, from, ApplicationStatus.RETURNED, "RETURN",
								opinion, from);
						yield ApplicationStatus.RETURNED;
					}
					case COUNTY -> {
						if (level != ReviewLevel.CITY || !passedCounty(view)) {
							throw InvalidInput.field("target", "review.return.no-county");
						}
						this.applications.move(caller, applicationId, from, ApplicationStatus.COUNTY_REVIEW,
								"RETURN_TO_COUNTY", opinion, null);
						yield ApplicationStatus.COUNTY_REVIEW;
					}
					case CITY -> {
						if (level != ReviewLevel.PROVINCE) {
							throw InvalidInput.field("target", "review.return.no-city");
						}
						releaseAtProvince(level, applicationId);
						this.applications.move(caller, applicationId, from, ApplicationStatus.CITY_REVIEW,
								"RETURN_TO_CITY", opinion, null);
						yield ApplicationStatus.CITY_REVIEW;
					}
				};
			}
			case NOT_RECOMMEND -> {
				requireOpinion(opinion);
				requireAt(view, level);
				this.applications.move(caller, applicationId, from, ApplicationStatus.NOT_RECOMMENDED,
						"NOT_RECOMMEND", opinion, null);
				yield ApplicationStatus.NOT_RECOMMENDED;
			}
			case RECALL -> {
				if (!recallable(view, level)) {
					throw new Conflict("review.recall.too-late");
				}
				if (level == ReviewLevel.CITY) {
					this.quotas.release(applicationId);
				}
				ApplicationStatus to = Levels.waiting(level);
				this.applications.move(caller, applicationId, from, to, "RECALL", opinion, null);
				yield to;
			}
		};
	}

	@Override
	@Transactional
	public Map<Long, ApplicationStatus> recommendAll(Caller caller, List<Long> applicationIds, String opinion) {
		if (applicationIds.isEmpty()) {
			throw InvalidInput.field("applicationIds", "review.batch.empty");
		}
		if (applicationIds.size() > MAX_BATCH) {
			throw InvalidInput.field("applicationIds", "review.batch.too-many", MAX_BATCH);
		}
		Map<Long, ApplicationStatus> results = new LinkedHashMap<>();
		// in id order, so that two batches over the same applications lock them in the same order
		for (long id : applicationIds.stream().distinct().sorted().toList()) {
			ReviewAction action = Levels.of(caller).filter(level -> level == ReviewLevel.PROVINCE).isPresent()
					? ReviewAction.APPROVE : ReviewAction.RECOMMEND;
			results.put(id, decide(caller, id, new Decision(action, opinion, null)));
		}
		return results;
	}

	@Override
	@Transactional
	public LevelScores saveScores(Caller caller, long applicationId, Map<String, BigDecimal> given, boolean submit) {
		ReviewLevel level = Levels.of(caller).orElseThrow(() -> new NotFound("application.not-found"));
		ApplicationView view = this.applications.lock(caller, applicationId);
		ProgramDefinition program = this.programs.get(view.programCode());
		if (!scores(program, level)) {
			throw new RuleViolation("review.scores.not-this-level", program.name());
		}
		requireAt(view, level);
		requireOpen(level, this.settings.effective(program.code(), cityOf(view)));
		LevelScores existing = this.scores.find(applicationId, level).orElse(null);
		if (existing != null && existing.locked()) {
			throw new Conflict("review.scores.locked");
		}
		List<FieldProblem> problems = new ArrayList<>();
		given.forEach((key, value) -> checkScore(program, key, value, problems));
		if (!problems.isEmpty()) {
			throw new InvalidInput("review.scores.invalid", problems);
		}
		Map<String, BigDecimal> merged = new LinkedHashMap<>();
		for (Indicator indicator : program.indicators()) {
			BigDecimal value = given.containsKey(indicator.key()) ? given.get(indicator.key())
					: existing == null ? null : existing.scores().get(indicator.key());
			if (value != null) {
				merged.put(indicator.key(), value);
			}
		}
		if (submit) {
			List<FieldProblem> missing = program.indicators()
				.stream()
				.filter(indicator -> !merged.containsKey(indicator.key()))
				.map(indicator -> FieldProblem.ofKey("scores." + indicator.key(), "review.scores.missing",
						indicator.label()))
				.toList();
			if (!missing.isEmpty()) {
				throw new InvalidInput("review.scores.incomplete", missing, missing.size());
			}
		}
		BigDecimal total = merged.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		var now = this.clock.instant();
		this.scores.save(applicationId, level, merged, total, caller, submit, now);
		this.scores.revision(applicationId, level, submit ? "SUBMIT" : "SAVE", merged, null, caller, now);
		if (submit) {
			// the 办理记录 is read by the unit and every level: it says that a level scored, never the scores
			this.applications.note(caller, applicationId, "SCORES_SUBMITTED",
					this.texts.of("review.scores.note", this.texts.of("review.level." + level.name())));
		}
		return this.scores.find(applicationId, level).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<LevelScores> scores(Caller caller, long applicationId) {
		reviewerView(caller, applicationId);
		return visibleScores(caller, applicationId);
	}

	@Override
	@Transactional
	public LevelScores reopenScores(Caller caller, long applicationId, ReviewLevel level, String reason) {
		if (caller.role() != Role.PROVINCE_REVIEWER) {
			throw new RuleViolation("review.scores.reopen-province-only");
		}
		String why = reason == null ? null : reason.strip();
		if (why == null || why.isEmpty()) {
			throw InvalidInput.field("reason", "review.scores.reopen-reason");
		}
		this.applications.lock(caller, applicationId);
		LevelScores sheet = this.scores.find(applicationId, level)
			.filter(LevelScores::locked)
			.orElseThrow(() -> new Conflict("review.scores.not-locked"));
		var now = this.clock.instant();
		this.scores.unlock(applicationId, level, now);
		this.scores.revision(applicationId, level, "REOPEN", sheet.scores(), why, caller, now);
		this.applications.note(caller, applicationId, "SCORES_REOPENED",
				this.texts.of("review.level." + level.name()) + "：" + why);
		return this.scores.find(applicationId, level).orElseThrow();
	}

	private ApplicationView reviewerView(Caller caller, long applicationId) {
		if (caller.unitId() != null || (Levels.of(caller).isEmpty() && caller.role() != Role.SYSTEM_ADMIN)) {
			throw new NotFound("application.not-found");
		}
		return this.reads.get(caller, applicationId);
	}

	private List<LevelScores> visibleScores(Caller caller, long applicationId) {
		List<ReviewLevel> visible = Levels.visibleTo(caller);
		return this.scores.list(applicationId).stream().filter(sheet -> visible.contains(sheet.level())).toList();
	}

	/** A level may take back its recommendation while the next level has neither decided nor scored. */
	private boolean recallable(ApplicationView view, ReviewLevel level) {
		ApplicationStatus passedTo = switch (level) {
			case COUNTY -> ApplicationStatus.CITY_REVIEW;
			case CITY -> ApplicationStatus.PROVINCE_REVIEW;
			case PROVINCE, EXPERT -> ApplicationStatus.EXPERT_REVIEW;
		};
		if (view.status() != passedTo || view.history().isEmpty()) {
			return false;
		}
		HistoryEntry last = view.history().getLast();
		boolean ownPass = ("RECOMMEND".equals(last.action()) || "APPROVE".equals(last.action()))
				&& last.from() == Levels.waiting(level) && last.to() == passedTo;
		if (!ownPass) {
			return false;
		}
		ReviewLevel next = Levels.at(passedTo);
		return next == null || this.scores.find(view.id(), next)
			.map(sheet -> sheet.updatedAt().isBefore(last.at()))
			.orElse(true);
	}

	private static boolean passedCounty(ApplicationView view) {
		return view.history().stream().anyMatch(entry -> entry.from() == ApplicationStatus.COUNTY_REVIEW);
	}

	private void releaseAtProvince(ReviewLevel level, long applicationId) {
		if (level == ReviewLevel.PROVINCE) {
			this.quotas.release(applicationId);
		}
	}

	private static boolean scores(ProgramDefinition program, ReviewLevel level) {
		return program.chain().scoringLevels().contains(level) && !program.indicators().isEmpty();
	}

	private void requireScored(ProgramDefinition program, ReviewLevel level, long applicationId) {
		if (scores(program, level)
				&& !this.scores.find(applicationId, level).map(LevelScores::locked).orElse(false)) {
			throw new RuleViolation("review.scores.required", this.texts.of("review.level." + level.name()));
		}
	}

	private void requireAt(ApplicationView view, ReviewLevel level) {
		if (view.status() != Levels.waiting(level)) {
			throw new Conflict("review.not-at-level", this.texts.of("application.status." + view.status().name()));
		}
	}

	private void requireOpen(ReviewLevel level, EffectiveSetting setting) {
		LocalDateTime deadline = deadline(level, setting);
		if (deadline != null && !now().isBefore(deadline)) {
			throw new RuleViolation("review.deadline.passed", this.texts.of("review.level." + level.name()),
					Windows.shown(deadline));
		}
	}

	static @Nullable LocalDateTime deadline(ReviewLevel level, EffectiveSetting setting) {
		return switch (level) {
			case COUNTY -> setting.countyCloses();
			case CITY -> setting.cityCloses();
			case PROVINCE, EXPERT -> null;
		};
	}

	private static @Nullable String opinion(Decision decision) {
		String opinion = decision.opinion() == null ? null : decision.opinion().strip();
		if (opinion != null && opinion.length() > Decision.MAX_OPINION) {
			throw InvalidInput.field("opinion", "review.opinion.too-long", Decision.MAX_OPINION);
		}
		return opinion == null || opinion.isEmpty() ? null : opinion;
	}

	private static void requireOpinion(@Nullable String opinion) {
		if (opinion == null) {
			throw InvalidInput.field("opinion", "review.opinion.required");
		}
	}

	private static void checkScore(ProgramDefinition program, String key, @Nullable BigDecimal value,
			List<FieldProblem> problems) {
		String field = "scores." + key;
		Indicator indicator = program.indicator(key).orElse(null);
		if (indicator == null) {
			problems.add(FieldProblem.ofKey(field, "review.scores.unknown", key));
		}
		else if (value == null) {
			problems.add(FieldProblem.ofKey(field, "review.scores.empty", indicator.label()));
		}
		else if (value.signum() < 0) {
			problems.add(FieldProblem.ofKey(field, "review.scores.negative", indicator.label()));
		}
		else if (value.compareTo(indicator.max()) > 0) {
			problems.add(FieldProblem.ofKey(field, "review.scores.over-max", indicator.label(),
					indicator.max().stripTrailingZeros().toPlainString()));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.ofKey(field, "review.scores.scale", indicator.label()));
		}
	}

	private String cityOf(ApplicationView view) {
		return this.regions.cityOf(view.regionCode()).map(Region::code).orElse(view.regionCode());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(shenbao.platform.Platform.ZONE));
	}

}
