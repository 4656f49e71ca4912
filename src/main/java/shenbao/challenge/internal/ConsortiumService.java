package shenbao.challenge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationGuard;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.application.GuardedApplication;
import shenbao.application.UnitNotices;
import shenbao.audit.AuditTrail;
import shenbao.challenge.Confirmation;
import shenbao.challenge.Confirmation.Status;
import shenbao.challenge.Consortia;
import shenbao.challenge.Scheme;
import shenbao.challenge.TaskBoards;
import shenbao.identity.Caller;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;

/**
 * The consortium of a 揭榜 application and the rule "每个单位限申请一项揭榜任务" (seed 003 三、（三）), read as: a unit
 * appears in one application per year, as lead or participant. The applicant's steps reach this class as an
 * {@link ApplicationGuard}: the lead is claimed when the draft starts, the participants when the form is saved
 * (a code held elsewhere is refused next to its cell), everything again at submission, which also needs the task to be
 * on the published 榜单 and every participant to have confirmed from its own account.
 */
@Service
class ConsortiumService implements Consortia, ApplicationGuard {

	static final String PARTICIPANTS = "participants";

	static final String TASK_CODE = "task_code";

	static final String TASK_NAME = "task_name";

	private final MemberStore members;

	private final SchemeStore schemes;

	private final TaskBoards boards;

	private final Units units;

	private final Applications applications;

	private final UnitNotices notices;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	ConsortiumService(MemberStore members, SchemeStore schemes, TaskBoards boards, Units units,
			Applications applications, UnitNotices notices, AuditTrail audit, Texts texts, Clock clock) {
		this.members = members;
		this.schemes = schemes;
		this.boards = boards;
		this.units = units;
		this.applications = applications;
		this.notices = notices;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	private boolean covers(GuardedApplication application) {
		return this.schemes.scheme().covers(application.programCode());
	}

	// ---- the applicant's steps -------------------------------------------------------------------------------

	@Override
	public void started(GuardedApplication application) {
		if (covers(application)) {
			claimLead(application).ifPresent(taken -> {
				throw new Conflict("challenge.member.lead-taken", taken);
			});
		}
	}

	@Override
	public void saving(GuardedApplication application) {
		if (!covers(application)) {
			return;
		}
		List<FieldProblem> problems = sync(application);
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		// a returned application is edited again: its participants may withdraw until it is resubmitted
		this.members.markSubmitted(application.id(), false);
		followTask(application);
	}

	/**
	 * Keeps the members' rows on the application's current task; a participant that confirmed another task is asked
	 * again (its 消息列表 says the task changed), so nobody is held to a task it never saw.
	 */
	private void followTask(GuardedApplication application) {
		Object code = application.values().get(TASK_CODE);
		Object name = application.values().get(TASK_NAME);
		this.members.task(application.id(), code == null ? null : String.valueOf(code),
				name == null ? null : String.valueOf(name));
		for (MemberStore.Member member : this.members.reopenConfirmationsOfOtherTasks(application.id())) {
			this.audit.record(null, "CHALLENGE_CONFIRMATION_REOPENED", "application:" + application.id(),
					member.unitName() + " " + member.creditCode());
			this.units.findByCreditCode(member.creditCode())
				.ifPresent(unit -> this.notices.tell(unit.id(), application.id(), "challenge.message.task-changed",
						List.of(application.unitName(), number(member), name == null ? "" : String.valueOf(name))));
		}
	}

	@Override
	public void submitting(GuardedApplication application) {
		if (!covers(application)) {
			return;
		}
		this.members.lockApplication(application.id());
		List<FieldProblem> problems = new ArrayList<>(sync(application));
		Object taskCode = application.values().get(TASK_CODE);
		if (taskCode == null || this.boards.publishedTask(application.programYear(), String.valueOf(taskCode)).isEmpty()) {
			problems.add(FieldProblem.ofKey(TASK_CODE, "challenge.submit.task-unknown",
					taskCode == null ? "" : String.valueOf(taskCode), application.programYear()));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation("challenge.submit.refused", problems, problems.size());
		}
		List<String> missing = participants(application).stream()
			.filter(participant -> participant.status() != Status.CONFIRMED)
			.map(participant -> this.texts.of("challenge.submit.missing-one", participant.unitName(),
					participant.creditCode(), this.texts.of(participant.status().messageKey())))
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("challenge.submit.unconfirmed", String.join("；", missing));
		}
		this.members.markSubmitted(application.id(), true);
	}

	/** @return the other application's number when the lead's code is held elsewhere */
	private Optional<String> claimLead(GuardedApplication application) {
		UnitProfile lead = this.units.get(application.unitId());
		String code = lead.creditCode().value();
		Optional<MemberStore.Member> holder = this.members.holder(application.programYear(), code);
		if (holder.isPresent()) {
			return holder.get().applicationId() == application.id() ? Optional.empty()
					: Optional.of(number(holder.get()));
		}
		try {
			this.members.claim(application.programYear(), code, application.id(), application.programCode(), "LEAD",
					lead.name(), "LEAD", this.clock.instant());
			return Optional.empty();
		}
		catch (DuplicateKeyException raced) {
			return Optional.of(this.texts.of("challenge.member.another"));
		}
	}

	/**
	 * Brings the claims in line with the form: the lead and each named participant claimed for this application,
	 * participants no longer named released. Answers the cells at fault.
	 */
	private List<FieldProblem> sync(GuardedApplication application) {
		List<FieldProblem> problems = new ArrayList<>();
		claimLead(application).ifPresent(taken -> problems.add(FieldProblem.ofKey("lead_credit_code",
				"challenge.member.lead-taken", taken)));
		String leadCode = this.units.get(application.unitId()).creditCode().value();
		Map<String, Row> named = rows(application.values());
		List<String> declined = this.members.declined(application.id());
		Instant now = this.clock.instant();
		for (MemberStore.Member member : this.members.ofApplication(application.id())) {
			if ("PARTICIPANT".equals(member.role()) && !named.containsKey(member.creditCode())) {
				this.members.release(application.id(), member.creditCode());
			}
		}
		for (String code : declined) {
			if (!named.containsKey(code)) {
				this.members.forgetDecline(application.id(), code);
			}
		}
		for (Row row : named.values()) {
			String path = PARTICIPANTS + "[" + row.index() + "].credit_code";
			if (row.code().equals(leadCode)) {
				problems.add(FieldProblem.ofKey(path, "challenge.member.lead-as-participant", row.code()));
				continue;
			}
			if (declined.contains(row.code())) {
				continue;
			}
			Optional<MemberStore.Member> holder = this.members.holder(application.programYear(), row.code());
			if (holder.isPresent()) {
				if (holder.get().applicationId() != application.id()) {
					problems.add(FieldProblem.ofKey(path, "challenge.member.taken", row.code(), number(holder.get())));
				}
				else if (!holder.get().unitName().equals(row.name()) && !row.name().isEmpty()) {
					this.members.rename(application.programYear(), row.code(), row.name());
				}
				continue;
			}
			try {
				this.members.claim(application.programYear(), row.code(), application.id(), application.programCode(),
						"PARTICIPANT", row.name().isEmpty() ? row.code() : row.name(), "PENDING", now);
			}
			catch (DuplicateKeyException raced) {
				// another application claimed the code at the same moment; this transaction is lost anyway
				problems.add(FieldProblem.ofKey(path, "challenge.member.taken", row.code(),
						this.texts.of("challenge.member.another")));
				return problems;
			}
			this.units.findByCreditCode(row.code())
				.ifPresent(unit -> this.notices.tell(unit.id(), null, "challenge.message.invited",
						List.of(application.unitName(), application.number())));
		}
		return problems;
	}

	private record Row(int index, String code, String name) {
	}

	/** The participant rows of the form by credit code (first row wins), blank codes left out. */
	static Map<String, Row> rows(Map<String, Object> values) {
		Map<String, Row> rows = new LinkedHashMap<>();
		if (values.get(PARTICIPANTS) instanceof List<?> list) {
			for (int index = 0; index < list.size(); index++) {
				if (list.get(index) instanceof Map<?, ?> cells) {
					Object code = cells.get("credit_code");
					Object name = cells.get("name");
					String normalized = code == null ? "" : String.valueOf(code).strip().toUpperCase(Locale.ROOT);
					if (!normalized.isEmpty()) {
						rows.putIfAbsent(normalized,
								new Row(index, normalized, name == null ? "" : String.valueOf(name).strip()));
					}
				}
			}
		}
		return rows;
	}

	private static String number(MemberStore.Member member) {
		return ApplicationView.number(member.programCode(), member.applicationId());
	}

	// ---- confirmations ---------------------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public List<Confirmation> addressedTo(Caller caller) {
		if (caller.unitId() == null) {
			return List.of();
		}
		String code = this.units.get(caller.unitId()).creditCode().value();
		List<Confirmation> confirmations = new ArrayList<>();
		for (MemberStore.Member member : this.members.participations(code)) {
			confirmations.add(new Confirmation(member.applicationId(), number(member), member.programCode(),
					leadName(member.applicationId()), code, member.unitName(),
					"CONFIRMED".equals(member.status()) ? Status.CONFIRMED : Status.PENDING, null, member.taskCode(),
					member.taskName()));
		}
		for (long applicationId : this.members.declinedApplications(code)) {
			this.members.lead(applicationId)
				.ifPresent(lead -> confirmations.add(new Confirmation(applicationId, number(lead), lead.programCode(),
						lead.unitName(), code, this.units.get(caller.unitId()).name(), Status.DECLINED, null,
						lead.taskCode(), lead.taskName())));
		}
		confirmations.sort(Comparator.comparing(confirmation -> confirmation.status() != Status.PENDING));
		return confirmations;
	}

	private String leadName(long applicationId) {
		return this.members.lead(applicationId).map(MemberStore.Member::unitName).orElse("");
	}

	@Override
	@Transactional
	public Confirmation confirm(Caller caller, long applicationId) {
		return decide(caller, applicationId, true);
	}

	@Override
	@Transactional
	public Confirmation decline(Caller caller, long applicationId) {
		return decide(caller, applicationId, false);
	}

	private Confirmation decide(Caller caller, long applicationId, boolean confirmed) {
		if (caller.unitId() == null) {
			throw new NotFound("challenge.confirmation.not-found");
		}
		UnitProfile unit = this.units.get(caller.unitId());
		String code = unit.creditCode().value();
		MemberStore.Member member = this.members.participantLocked(applicationId, code)
			.orElseThrow(() -> new NotFound("challenge.confirmation.not-found"));
		MemberStore.Member lead = this.members.lead(applicationId)
			.orElseThrow(() -> new NotFound("challenge.confirmation.not-found"));
		Instant now = this.clock.instant();
		if (confirmed) {
			if (!"PENDING".equals(member.status())) {
				throw new Conflict("challenge.confirmation.decided");
			}
			this.members.decide(applicationId, code, "CONFIRMED", caller.displayName(), now);
		}
		else {
			if (member.submitted()) {
				throw new Conflict("challenge.confirmation.submitted", number(member));
			}
			this.members.release(applicationId, code);
			this.members.decline(applicationId, code, caller.displayName(), now);
		}
		this.audit.record(caller, confirmed ? "CHALLENGE_CONSORTIUM_CONFIRMED" : "CHALLENGE_CONSORTIUM_DECLINED",
				"application:" + applicationId, unit.name() + " " + code);
		this.units.findByCreditCode(lead.creditCode())
			.ifPresent(leadUnit -> this.notices.tell(leadUnit.id(), applicationId,
					confirmed ? "challenge.message.confirmed" : "challenge.message.declined",
					List.of(unit.name(), number(member))));
		return new Confirmation(applicationId, number(member), member.programCode(), lead.unitName(), code,
				member.unitName(), confirmed ? Status.CONFIRMED : Status.DECLINED, null, member.taskCode(),
				member.taskName());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Confirmation> participants(Caller caller, long applicationId) {
		ApplicationView application = this.applications.get(caller, applicationId);
		return participants(new GuardedApplication(application.id(), application.programCode(), 0,
				application.unitId(), application.unitName(), application.values()));
	}

	private List<Confirmation> participants(GuardedApplication application) {
		Map<String, MemberStore.Member> mine = new LinkedHashMap<>();
		this.members.ofApplication(application.id()).forEach(member -> mine.put(member.creditCode(), member));
		List<String> declined = this.members.declined(application.id());
		Scheme scheme = this.schemes.scheme();
		List<Confirmation> result = new ArrayList<>();
		for (Row row : rows(application.values()).values()) {
			MemberStore.Member member = mine.get(row.code());
			Status status;
			String other = null;
			if (declined.contains(row.code())) {
				status = Status.DECLINED;
			}
			else if (member == null) {
				other = otherHolder(application, row.code(), scheme).orElse(null);
				status = other != null ? Status.TAKEN : Status.PENDING;
			}
			else if ("CONFIRMED".equals(member.status())) {
				status = Status.CONFIRMED;
			}
			else {
				status = this.units.findByCreditCode(row.code()).isPresent() ? Status.PENDING : Status.UNREGISTERED;
			}
			Object taskCode = application.values().get(TASK_CODE);
			Object taskName = application.values().get(TASK_NAME);
			result.add(new Confirmation(application.id(), application.number(), application.programCode(),
					application.unitName(), row.code(), row.name().isEmpty() ? row.code() : row.name(), status, other,
					taskCode == null ? null : String.valueOf(taskCode), taskName == null ? null : String.valueOf(taskName)));
		}
		return result;
	}

	private Optional<String> otherHolder(GuardedApplication application, String code, Scheme scheme) {
		if (!scheme.covers(application.programCode())) {
			return Optional.empty();
		}
		int year = Integer.parseInt(application.programCode().substring(scheme.programPrefix().length()));
		return this.members.holder(year, code)
			.filter(holder -> holder.applicationId() != application.id())
			.map(ConsortiumService::number);
	}

	static @Nullable String text(@Nullable Object value) {
		return value == null ? null : String.valueOf(value);
	}

}
