package shenbao.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationSummary;
import shenbao.audit.AuditTrail;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RichText;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.portal.ObjectionCase;
import shenbao.portal.ObjectionFiling;
import shenbao.portal.ObjectionOutcome;
import shenbao.portal.Publicities;
import shenbao.portal.Publicity;
import shenbao.portal.PublicityDraft;
import shenbao.portal.ResultItem;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;

/**
 * {@link Publicities}. Reading for the objection window ("公示期", days configurable, default 5): calendar days,
 * counting the day of publication, closing at the end of the last day (Asia/Shanghai); published on 7 月 1 日 with
 * 5 days, objections are accepted until 7 月 5 日 24:00. Calendar days rather than working days because working days
 * depend on the State Council's holiday schedule with its swapped weekend days (调休), which the platform does not
 * hold; the province sets the number of days and the notice shows the exact closing time.
 */
@Service
class PublicityService implements Publicities {

	static final int MAX_DAYS = 60;

	private final PublicityStore store;

	private final PublicityViews views;

	private final ObjectionIntake intake;

	private final ApplicationReviews reviews;

	private final Programs programs;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	private final int defaultDays;

	PublicityService(PublicityStore store, PublicityViews views, ObjectionIntake intake, ApplicationReviews reviews,
			Programs programs, AuditTrail audit, Texts texts, Clock clock,
			@Value("${shenbao.portal.objection-days:5}") int defaultDays) {
		this.store = store;
		this.views = views;
		this.intake = intake;
		this.reviews = reviews;
		this.programs = programs;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.defaultDays = defaultDays;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ResultItem> results(@Nullable String words) {
		List<ResultItem> results = new ArrayList<>();
		for (PublicityStore.Row row : this.store.all(null, words)) {
			results.add(new ResultItem(row.title(), false, row.publishedAt(), "/portal/publicity/" + row.id()));
			if (row.finalisedAt() != null) {
				results.add(new ResultItem(finalTitle(row), true, row.finalisedAt(),
						"/portal/publicity/" + row.id() + "/final"));
			}
		}
		results.sort(Comparator.comparing(ResultItem::at).reversed());
		return results;
	}

	@Override
	@Transactional(readOnly = true)
	public Publicity get(long id) {
		return this.views.view(this.store.find(id).orElseThrow(() -> new NotFound("portal.publicity.not-found")));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationSummary> candidates(Caller caller, String programCode) {
		programOf(caller, programCode);
		return this.reviews.search(caller, new ApplicationQuery(programCode, Set.of(ApplicationStatus.EXPERT_REVIEW),
				null, null, 0, ApplicationQuery.MAX_SIZE)).items();
	}

	@Override
	@Transactional
	public Publicity publish(Caller caller, PublicityDraft draft) {
		ProgramDefinition program = programOf(caller, draft.programCode());
		int days = draft.windowDays() == null ? this.defaultDays : draft.windowDays();
		validate(draft, days);
		Map<Long, ApplicationSummary> candidates = new HashMap<>();
		candidates(caller, program.code()).forEach(candidate -> candidates.put(candidate.id(), candidate));
		Instant now = this.clock.instant();
		String html = RichText.sanitise(draft.bodyHtml());
		long id = this.store.insert(program.code(), program.province(), draft.title().strip(), html,
				RichText.text(html), days, now, closes(now, days), caller.displayName());
		int position = 0;
		for (long applicationId : draft.applicationIds().stream().distinct().toList()) {
			ApplicationSummary application = candidates.get(applicationId);
			if (application == null) {
				throw new Conflict("portal.publicity.not-candidate", applicationId);
			}
			this.store.insertEntry(id, applicationId, application.unitName(), application.regionCode(), ++position);
			this.reviews.move(caller, applicationId, ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.PUBLICITY,
					"PUBLICISE", draft.title().strip(), null);
		}
		this.audit.record(caller, "PUBLICITY_PUBLISHED", "publicity:" + id, program.code() + " " + position);
		return get(id);
	}

	@Override
	public String object(long publicityId, ObjectionFiling filing) {
		return this.intake.file(publicityId, filing);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObjectionCase> objections(Caller caller, long publicityId) {
		managedRow(caller, publicityId, false);
		return this.store.objections(publicityId);
	}

	@Override
	@Transactional
	public void answer(Caller caller, long objectionId, ObjectionOutcome outcome, String reasons) {
		long publicityId = this.store.publicityOf(objectionId);
		PublicityStore.Row publicity = managedRow(caller, publicityId, true);
		if (!publicity.open()) {
			throw new Conflict("portal.publicity.already-final");
		}
		if (reasons == null || reasons.isBlank()) {
			throw InvalidInput.field("reasons", "portal.objection.reasons-required");
		}
		ObjectionCase objection = this.store.objection(objectionId).orElseThrow();
		if (!this.store.answer(objectionId, outcome, reasons.strip(), this.clock.instant(), caller.displayName())) {
			throw new Conflict("portal.objection.answered");
		}
		PublicityStore.EntryRow entry = this.store.entries(publicityId)
			.stream()
			.filter(candidate -> candidate.id() == objection.entryId())
			.findFirst()
			.orElseThrow();
		if (outcome == ObjectionOutcome.UPHELD) {
			this.store.removeEntry(entry.id());
		}
		this.reviews.note(caller, entry.applicationId(), "OBJECTION_" + outcome.name(), reasons.strip());
		this.audit.record(caller, "PUBLICITY_OBJECTION_ANSWERED", "publicity:" + publicityId,
				objection.receipt() + " " + outcome);
	}

	@Override
	@Transactional
	public Publicity finalise(Caller caller, long publicityId) {
		PublicityStore.Row publicity = managedRow(caller, publicityId, true);
		if (!publicity.open()) {
			throw new Conflict("portal.publicity.already-final");
		}
		Instant now = this.clock.instant();
		if (now.isBefore(publicity.closesAt())) {
			throw new RuleViolation("portal.publicity.window-open",
					Windows.shown(publicity.closesAt().atZone(Platform.ZONE).toLocalDateTime()));
		}
		List<ObjectionCase> objections = this.store.objections(publicityId);
		long unanswered = objections.stream().filter(objection -> !objection.answered()).count();
		if (unanswered > 0) {
			throw new RuleViolation("portal.publicity.unanswered", unanswered);
		}
		for (PublicityStore.EntryRow entry : this.store.entries(publicityId)) {
			if (entry.listed()) {
				this.reviews.move(caller, entry.applicationId(), ApplicationStatus.PUBLICITY,
						ApplicationStatus.RECOGNISED, "RECOGNISE", finalTitle(publicity), null);
			}
			else {
				this.reviews.move(caller, entry.applicationId(), ApplicationStatus.PUBLICITY,
						ApplicationStatus.NOT_RECOGNISED, "NOT_RECOGNISE", upheldReasons(objections, entry.id()), null);
			}
		}
		this.store.finalise(publicityId, now, caller.displayName());
		this.audit.record(caller, "PUBLICITY_FINALISED", "publicity:" + publicityId, publicity.programCode());
		return get(publicityId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Publicity> managed(Caller caller) {
		requireProvince(caller);
		return this.store.all(caller.regionCode(), null).stream().map(this.views::view).toList();
	}

	@Override
	public int defaultWindowDays() {
		return this.defaultDays;
	}

	/** The end of the last day of the window, counting the day of publication. */
	static Instant closes(Instant publishedAt, int days) {
		LocalDate first = publishedAt.atZone(Platform.ZONE).toLocalDate();
		return first.plusDays(days).atStartOfDay(Platform.ZONE).toInstant();
	}

	private String finalTitle(PublicityStore.Row row) {
		return this.texts.of("portal.final-list.title", this.views.programName(row.programCode()));
	}

	private static String upheldReasons(List<ObjectionCase> objections, long entryId) {
		return objections.stream()
			.filter(objection -> objection.entryId() == entryId && objection.outcome() == ObjectionOutcome.UPHELD)
			.map(ObjectionCase::reasons)
			.filter(reasons -> reasons != null)
			.reduce((first, second) -> first + " / " + second)
			.orElse("");
	}

	private void validate(PublicityDraft draft, int days) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.applicationIds().isEmpty()) {
			problems.add(FieldProblem.ofKey("applicationIds", "portal.publicity.none-chosen"));
		}
		if (draft.title() == null || draft.title().isBlank()) {
			problems.add(FieldProblem.ofKey("title", "portal.item.title-required"));
		}
		else if (draft.title().strip().length() > ContentService.TITLE_MAX) {
			problems.add(FieldProblem.ofKey("title", "portal.item.title-too-long", ContentService.TITLE_MAX));
		}
		if (days < 1 || days > MAX_DAYS) {
			problems.add(FieldProblem.ofKey("windowDays", "portal.publicity.days-range", MAX_DAYS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
	}

	private ProgramDefinition programOf(Caller caller, String programCode) {
		requireProvince(caller);
		return this.programs.find(programCode)
			.filter(program -> program.province().equals(caller.regionCode()))
			.orElseThrow(() -> new NotFound("portal.publicity.program-not-found"));
	}

	/** The 公示 if it is of the caller's province (locked when {@code lock}); anyone else: not found. */
	private PublicityStore.Row managedRow(Caller caller, long publicityId, boolean lock) {
		requireProvince(caller);
		return (lock ? this.store.lock(publicityId) : this.store.find(publicityId))
			.filter(row -> row.provinceCode().equals(caller.regionCode()))
			.orElseThrow(() -> new NotFound("portal.publicity.not-found"));
	}

	private static void requireProvince(Caller caller) {
		if (caller.role() != Role.PROVINCE_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("portal.admin.not-found");
		}
	}

}
