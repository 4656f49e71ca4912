package shenbao.application.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.ApplicationView.Attachment;
import shenbao.application.Applications;
import shenbao.application.DraftRevision;
import shenbao.application.UnitMessage;
import shenbao.identity.Caller;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;
import shenbao.program.Section;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.scoring.Scoring;

/**
 * The applicant's workflow: start, save, restore, submit; evidence is handled by {@link Evidence}. Each step checks
 * scope, status, version and window.
 */
@Service
class ApplicationWorkflow implements Applications {

	private static final String UNIT_NAME = "unit_name";

	private final ApplicationStore store;

	private final ApplicationRecords records;

	private final Programs programs;

	private final Scoring scoring;

	private final Units units;

	private final Regions regions;

	private final Clock clock;

	private final UnitMessages messages;

	private final RevisionStore revisions;

	private final ApplicationViews views;

	private final Evidence evidence;

	private final Submission submission;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final shenbao.deadline.Deadlines deadlines;

	private final TransactionTemplate transactions;

	private final SaveGate gate;

	/**
	 * Resolved at the first step, not at construction (a guard's module may itself call {@link Applications}), then
	 * kept: looking the beans up and ordering them again was 4% of a save's CPU.
	 */
	private final SingletonSupplier<List<shenbao.application.ApplicationGuard>> guards;

	private final org.springframework.beans.factory.ObjectProvider<shenbao.application.StartCondition> startConditions;

	ApplicationWorkflow(ApplicationStore store, ApplicationRecords records, Programs programs, Scoring scoring,
			Units units, Regions regions, Clock clock, UnitMessages messages, RevisionStore revisions,
			ApplicationViews views, Evidence evidence, Submission submission,
			org.springframework.context.ApplicationEventPublisher events, shenbao.deadline.Deadlines deadlines,
			org.springframework.beans.factory.ObjectProvider<shenbao.application.ApplicationGuard> guards,
			org.springframework.beans.factory.ObjectProvider<shenbao.application.StartCondition> startConditions,
			TransactionTemplate transactions, SaveGate gate) {
		this.deadlines = deadlines;
		this.transactions = transactions;
		this.gate = gate;
		this.guards = SingletonSupplier.of(() -> guards.orderedStream().toList());
		this.startConditions = startConditions;
		this.store = store;
		this.records = records;
		this.programs = programs;
		this.scoring = scoring;
		this.units = units;
		this.regions = regions;
		this.clock = clock;
		this.messages = messages;
		this.revisions = revisions;
		this.views = views;
		this.evidence = evidence;
		this.submission = submission;
		this.events = events;
	}

	@Override
	@Transactional
	public ApplicationView start(Caller caller, String programCode) {
		ProgramDefinition program = this.programs.get(programCode);
		if (caller.unitId() == null) {
			throw new RuleViolation("application.start.applicants-only");
		}
		UnitProfile unit = this.units.get(caller.unitId());
		Region city = this.regions.acceptsUnits(unit.regionCode()) ? this.regions.cityOf(unit.regionCode()).orElse(null)
				: null;
		if (city == null) {
			throw new RuleViolation("application.start.no-region");
		}
		if (!this.regions.isWithin(unit.regionCode(), program.province())) {
			throw new RuleViolation("application.start.other-province", program.name());
		}
		requireOpen(program, unit.id());
		for (shenbao.application.StartCondition condition : this.startConditions.orderedStream().toList()) {
			java.util.Optional<RuleViolation> refusal = condition.refusal(unit.id(), program);
			if (refusal.isPresent()) {
				throw refusal.get();
			}
		}
		Instant now = this.clock.instant();
		long id;
		try {
			// the form opens with the unit's name filled in from its profile
			id = this.store.insert(unit.id(), unit.name(), program.code(), program.revision(), program.year(),
					unit.regionCode(), city.code(), initial(program, unit), now);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("application.start.exists", program.name());
		}
		this.records.history(id, "START", caller, null, ApplicationStatus.DRAFT, null, now);
		var started = new shenbao.application.GuardedApplication(id, program.code(), program.year(), unit.id(),
				unit.name(), initial(program, unit));
		this.guards.obtain().forEach(guard -> guard.started(started));
		return this.records.view(caller, id);
	}

	/** The form opens with the unit's name filled in from its profile. */
	/**
	 * The values a new draft opens with: the unit's name from its profile, and what another module already knows
	 * about the unit (the alliance it leads), for fields the program has.
	 */
	private Map<String, Object> initial(ProgramDefinition program, UnitProfile unit) {
		Map<String, Object> initial = new LinkedHashMap<>();
		if (program.field(UNIT_NAME).isPresent()) {
			initial.put(UNIT_NAME, unit.name());
		}
		this.startConditions.orderedStream()
			.forEach(condition -> condition.initialValues(unit.id(), program).forEach((key, value) -> {
				if (program.field(key).isPresent()) {
					initial.put(key, value);
				}
			}));
		return initial;
	}

	/** Tells every {@link shenbao.application.ApplicationGuard} what a step would keep; any may refuse it. */
	private void guard(ApplicationRecord application, Map<String, Object> values,
			java.util.function.BiConsumer<shenbao.application.ApplicationGuard, shenbao.application.GuardedApplication> step) {
		var guarded = new shenbao.application.GuardedApplication(application.id(), application.programCode(),
				application.programYear(), application.unitId(), application.unitName(), values);
		this.guards.obtain().forEach(guard -> step.accept(guard, guarded));
	}

	@Override
	@Transactional(readOnly = true)
	public ApplicationView get(Caller caller, long id) {
		return this.records.view(caller, id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationView> mine(Caller caller) {
		if (caller.unitId() == null) {
			return List.of();
		}
		return this.store.findByUnit(caller.unitId()).stream().map(this.records::view).toList();
	}

	/**
	 * The transaction holds only what must be atomic: read the draft, validate and merge, write it if its version is
	 * still the one the caller saw. The answer (suggested scores, 表单助手 checks) is worked out after the commit, from
	 * what was written, so a pooled connection is not held while it is computed: on deadline day hundreds of applicants
	 * save at once and wait for the pool (docs/benchmarks.md). They wait in arrival order ({@link SaveGate}).
	 */
	@Override
	public Saved save(Caller caller, long id, Map<String, ?> values, Map<String, ?> selfScores, long version,
			boolean replace) {
		Write write = this.gate.inTurn(() -> this.transactions.execute(status -> {
			ApplicationStore.Draft draft = this.records.editableDraft(caller, id);
			ApplicationRecord application = draft.record();
			ProgramDefinition program = this.programs.get(application.programCode());
			Map<String, Object> merged = new LinkedHashMap<>(replace ? Map.of() : application.values());
			values.forEach((key, value) -> {
				if (value == null) {
					merged.remove(key);
				}
			});
			Map<String, Object> given = new LinkedHashMap<>();
			values.forEach((key, value) -> {
				if (value != null) {
					given.put(key, value);
				}
			});
			Map<String, Object> valid = this.scoring.validate(program.code(), given);
			merged.putAll(valid);
			CreditCodeCells.check(program, given);
			Map<String, BigDecimal> scores = SelfScores.validate(program, selfScores,
					replace ? Map.of() : application.selfScores());
			return write(draft, merged, valid, scores, version);
		}));
		return answer(java.util.Objects.requireNonNull(write));
	}

	/**
	 * @param validated the part of {@code values} that was just validated (in the forms the rules read), so that the
	 * answer's scoring does not validate it a second time
	 */
	private Write write(ApplicationStore.Draft draft, Map<String, Object> values, Map<String, Object> validated,
			Map<String, BigDecimal> scores, long version) {
		ApplicationRecord application = draft.record();
		long id = application.id();
		Map<String, Object> readable = this.views.readable(application.programCode(), values, validated);
		guard(application, values, shenbao.application.ApplicationGuard::saving);
		Instant now = this.clock.instant();
		if (application.version() == version) {
			this.revisions.keep(id, application.values(), application.selfScores(), draft.newestRevision(), now);
		}
		if (!this.store.updateValues(id, values, scores, version, now)) {
			throw new Conflict("application.version.stale");
		}
		return new Write(application.programCode(), values, scores, readable, draft.filledSlots(), version + 1, now);
	}

	/** The answer is computed from what was written: no second read of the row, its history or revisions. */
	private Saved answer(Write write) {
		return this.views.saved(write.programCode(), write.values(), write.selfScores(), write.readable(),
				write.filledSlots(), write.version(), write.at());
	}

	/** A draft as it was just written, for the answer. */
	private record Write(String programCode, Map<String, Object> values, Map<String, BigDecimal> selfScores,
			Map<String, Object> readable, java.util.Set<String> filledSlots, long version, Instant at) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<DraftRevision> revisions(Caller caller, long id) {
		ApplicationRecord application = this.records.visible(caller, id);
		ProgramDefinition program = this.programs.get(application.programCode());
		return this.revisions.list(id).stream().map(revision -> {
			Map<String, Integer> filled = new LinkedHashMap<>();
			program.sections().forEach(section -> filled.put(section.key(), (int) section.fields()
				.stream()
				.filter(field -> revision.values().get(field.key()) != null)
				.count()));
			return new DraftRevision(revision.id(), revision.savedAt(), filled);
		}).toList();
	}

	@Override
	@Transactional
	public Saved restoreSection(Caller caller, long id, long revisionId, String sectionKey, long version) {
		ApplicationStore.Draft draft = this.records.editableDraft(caller, id);
		ApplicationRecord application = draft.record();
		ProgramDefinition program = this.programs.get(application.programCode());
		Section section = program.sections()
			.stream()
			.filter(candidate -> candidate.key().equals(sectionKey))
			.findFirst()
			.orElseThrow(() -> InvalidInput.field("section", "application.revision.unknown-section", sectionKey));
		RevisionStore.Revision revision = this.revisions.find(id, revisionId)
			.orElseThrow(() -> new NotFound("application.revision.not-found"));
		Map<String, Object> values = new LinkedHashMap<>(application.values());
		Map<String, BigDecimal> scores = new LinkedHashMap<>(application.selfScores());
		for (var field : section.fields()) {
			restore(values, revision.values(), field.key());
			program.indicators()
				.stream()
				.filter(indicator -> indicator.input().equals(field.key()) || program.derivedValue(indicator.input())
					.map(derived -> derived.numerator().equals(field.key()))
					.orElse(false))
				.forEach(indicator -> restore(scores, revision.scores(), indicator.key()));
		}
		Saved saved = answer(write(draft, values, Map.of(), scores, version));
		this.records.history(id, "RESTORE", caller, application.status(), application.status(), section.title(),
				this.clock.instant());
		return saved;
	}

	private static <V> void restore(Map<String, V> current, Map<String, V> earlier, String key) {
		if (earlier.containsKey(key)) {
			current.put(key, earlier.get(key));
		}
		else {
			current.remove(key);
		}
	}

	@Override
	public Attachment attach(Caller caller, long id, String slot, InputStream content, String filename) {
		return this.evidence.attach(caller, id, slot, content, filename);
	}

	@Override
	public Attachment attachFromLibrary(Caller caller, long id, String slot, long libraryItemId) {
		return this.evidence.attachFromLibrary(caller, id, slot, libraryItemId);
	}

	@Override
	public void detach(Caller caller, long id, String slot) {
		this.evidence.detach(caller, id, slot);
	}

	@Override
	public UUID attachmentFile(Caller caller, long id, String slot) {
		return this.evidence.attachmentFile(caller, id, slot);
	}

	@Override
	@Transactional
	public ApplicationView submit(Caller caller, long id) {
		ApplicationRecord application = this.records.lockedForSubmission(caller, id);
		ProgramDefinition program = this.programs.get(application.programCode());
		if (application.status() == ApplicationStatus.DRAFT) {
			requireOpen(program, application.unitId());
		}
		ApplicationView view = this.records.view(application);
		if (view.failingChecks() > 0) {
			throw new RuleViolation("application.submit.incomplete", view.checks()
				.stream()
				.flatMap(section -> section.problems().stream())
				.map(problem -> shenbao.platform.PlatformException.FieldProblem.ofText(problem.field(), problem.message()))
				.toList(), view.failingChecks());
		}
		guard(application, application.values(), shenbao.application.ApplicationGuard::submitting);
		ApplicationStatus next = this.submission.next(caller, program, application);
		Instant now = this.clock.instant();
		if (!this.store.updateStatus(id, application.status(), next, application.version(), now, now)) {
			throw new Conflict("application.version.stale");
		}
		this.records.history(id, application.status() == ApplicationStatus.RETURNED ? "RESUBMIT" : "SUBMIT", caller,
				application.status(), next, null, now);
		this.revisions.keepSubmitted(id, application.values(), application.selfScores(), now);
		this.events.publishEvent(new shenbao.application.ApplicationSubmitted(id, application.programCode(),
				application.unitId(), this.records.submissions(id), next, now));
		this.records.message(application.unitId(), id, "application.message.submitted",
				List.of(program.name(), next.name()), now);
		return this.records.view(caller, id);
	}

	@Override
	@Transactional
	public List<UnitMessage> readMessages(Caller caller) {
		if (caller.unitId() == null) {
			return List.of();
		}
		List<UnitMessage> messages = this.messages.list(caller.unitId(), 200);
		this.messages.markRead(caller.unitId(), this.clock.instant());
		return messages;
	}

	@Override
	@Transactional(readOnly = true)
	public int unreadMessages(Caller caller) {
		return caller.unitId() == null ? 0 : this.messages.unread(caller.unitId());
	}

	/** The window in force for the unit: the program's, or later where the province extended it. */
	private void requireOpen(ProgramDefinition program, long unitId) {
		switch (this.deadlines.status(program, unitId, this.clock)) {
			case NOT_OPEN -> throw new RuleViolation("application.window.not-open", program.name(),
					shown(this.deadlines.applyOpens(program, unitId)));
			case CLOSED -> throw new RuleViolation("application.window.closed", program.name(),
					shown(this.deadlines.applyCloses(program, unitId)));
			case OPEN -> {
			}
		}
	}

	static String shown(LocalDateTime time) {
		return shenbao.program.Windows.shown(time);
	}

}
