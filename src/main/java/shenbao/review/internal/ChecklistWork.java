package shenbao.review.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.program.Rule;
import shenbao.program.Windows;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.Checklist;
import shenbao.review.Checklist.Confirmation;
import shenbao.review.Checklist.Item;
import shenbao.review.Checklists;
import shenbao.review.ReviewSettings;
import shenbao.scoring.ScoreSheet.IndicatorScore;

/**
 * {@link Checklists}: builds each item from the program's {@link Rule.Meets} indicators and the rule's reading of the
 * applicant's values, and records confirmations under the application's row lock, as scores are.
 * {@link #requireConfirmed} is the check {@link ReviewWork} runs before a level passes an application on. Only
 * confirmations made since the unit last (re)submitted count.
 */
@Service
class ChecklistWork implements Checklists {

	private final ApplicationReviews applications;

	private final Applications reads;

	private final Programs programs;

	private final Regions regions;

	private final ReviewSettings settings;

	private final ChecklistStore store;

	private final Texts texts;

	private final Clock clock;

	ChecklistWork(ApplicationReviews applications, Applications reads, Programs programs, Regions regions,
			ReviewSettings settings, ChecklistStore store, Texts texts, Clock clock) {
		this.applications = applications;
		this.reads = reads;
		this.programs = programs;
		this.regions = regions;
		this.settings = settings;
		this.store = store;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Checklist> checklist(Caller caller, long applicationId) {
		if (caller.unitId() != null || (Levels.of(caller).isEmpty() && caller.role() != Role.SYSTEM_ADMIN)) {
			throw new NotFound("application.not-found");
		}
		ApplicationView view = this.reads.get(caller, applicationId);
		ProgramDefinition program = this.programs.get(view.programCode());
		if (!Checklists.applies(program)) {
			return Optional.empty();
		}
		ReviewLevel level = Levels.of(caller).orElse(null);
		List<ReviewLevel> levels = visibleLevels(caller, program);
		Instant submitted = lastSubmission(view);
		Map<String, Map<ReviewLevel, Confirmation>> confirmations = this.store.list(applicationId, levels)
			.stream()
			.filter(confirmation -> !confirmation.at().isBefore(submitted))
			.collect(Collectors.groupingBy(Confirmation::itemKey,
					Collectors.toMap(Confirmation::level, each -> each, (a, b) -> a,
							() -> new EnumMap<>(ReviewLevel.class))));
		List<Item> items = program.indicators()
			.stream()
			.map(indicator -> item(indicator, view, confirmations.getOrDefault(indicator.key(), Map.of())))
			.toList();
		boolean editable = level != null && levels.contains(level) && view.status() == Levels.waiting(level)
				&& open(level, program, view);
		return Optional.of(new Checklist(applicationId, level, levels, items, editable));
	}

	@Override
	@Transactional
	public Confirmation confirm(Caller caller, long applicationId, String itemKey, boolean met,
			@Nullable String remark) {
		ReviewLevel level = Levels.of(caller).orElseThrow(() -> new NotFound("application.not-found"));
		ApplicationView view = this.applications.lock(caller, applicationId);
		ProgramDefinition program = this.programs.get(view.programCode());
		if (!Checklists.applies(program) || !program.chain().levels().contains(level)) {
			throw new RuleViolation("review.checklist.none", program.name());
		}
		Indicator indicator = program.indicator(itemKey)
			.orElseThrow(() -> InvalidInput.field("item", "review.checklist.unknown-item", itemKey));
		String note = remark == null || remark.isBlank() ? null : remark.strip();
		if (note != null && note.length() > Confirmation.MAX_REMARK) {
			throw InvalidInput.field("remark", "review.checklist.remark-too-long", Confirmation.MAX_REMARK);
		}
		if (view.status() != Levels.waiting(level)) {
			throw new Conflict("review.not-at-level", this.texts.of("application.status." + view.status().name()));
		}
		LocalDateTime deadline = ReviewWork.deadline(level, setting(program, view));
		if (deadline != null && !now().isBefore(deadline)) {
			throw new RuleViolation("review.deadline.passed", this.texts.of("review.level." + level.name()),
					Windows.shown(deadline));
		}
		this.store.save(applicationId, level, indicator.key(), met, note, caller, this.clock.instant());
		return this.store.list(applicationId, List.of(level))
			.stream()
			.filter(confirmation -> confirmation.itemKey().equals(indicator.key()))
			.findFirst()
			.orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Checklist.Revision> revisions(Caller caller, long applicationId) {
		return checklist(caller, applicationId)
			.map(list -> this.store.revisions(applicationId, list.levels()))
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Map<ReviewLevel, Integer>> confirmedCounts(Caller caller, Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.store.counts(this.applications.visibleIds(caller, applicationIds), Levels.visibleTo(caller));
	}

	/**
	 * Refuses to pass an application on while the level has items left unconfirmed (issue 8 point 4).
	 * @throws RuleViolation (422) naming how many are left
	 */
	void requireConfirmed(ProgramDefinition program, ReviewLevel level, ApplicationView view) {
		if (!Checklists.applies(program) || !program.chain().levels().contains(level)) {
			return;
		}
		Instant submitted = lastSubmission(view);
		long confirmed = this.store.list(view.id(), List.of(level))
			.stream()
			.filter(confirmation -> !confirmation.at().isBefore(submitted))
			.count();
		int left = program.indicators().size() - (int) confirmed;
		if (left > 0) {
			throw new RuleViolation("review.checklist.incomplete", left, program.indicators().size());
		}
	}

	/**
	 * When the unit last (re)submitted: a confirmation made before it confirmed values that may have changed since
	 * (a return and resubmission), so it no longer counts and the item is confirmed again. It stays in the revisions.
	 */
	private static Instant lastSubmission(ApplicationView view) {
		return view.history()
			.stream()
			.filter(entry -> "SUBMIT".equals(entry.action()) || "RESUBMIT".equals(entry.action()))
			.map(ApplicationView.HistoryEntry::at)
			.max(Instant::compareTo)
			.orElse(Instant.MIN);
	}

	private static List<ReviewLevel> visibleLevels(Caller caller, ProgramDefinition program) {
		List<ReviewLevel> visible = Levels.visibleTo(caller);
		return program.chain().levels().stream().filter(visible::contains).toList();
	}

	private static Item item(Indicator indicator, ApplicationView view, Map<ReviewLevel, Confirmation> confirmations) {
		Rule.Meets meets = (Rule.Meets) indicator.rule();
		BigDecimal value = view.suggested()
			.indicators()
			.stream()
			.filter(score -> score.key().equals(indicator.key()))
			.findFirst()
			.map(IndicatorScore::value)
			.map(ChecklistWork::number)
			.orElse(null);
		return new Item(indicator.key(), indicator.label(), indicator.unit(), meets.bound().toString(),
				indicator.text(), indicator.max(), indicator.bonus(), value,
				value == null ? null : meets.bound().test(value), confirmations);
	}

	private static @Nullable BigDecimal number(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return null;
	}

	private boolean open(ReviewLevel level, ProgramDefinition program, ApplicationView view) {
		LocalDateTime deadline = ReviewWork.deadline(level, setting(program, view));
		return deadline == null || now().isBefore(deadline);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(Platform.ZONE));
	}

	private ReviewSettings.EffectiveSetting setting(ProgramDefinition program, ApplicationView view) {
		String city = this.regions.cityOf(view.regionCode()).map(Region::code).orElse(view.regionCode());
		return this.settings.effective(program.code(), city);
	}

}
