package shenbao.challenge.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.audit.AuditTrail;
import shenbao.challenge.CityReminder;
import shenbao.challenge.CityReport;
import shenbao.challenge.ProgressDraft;
import shenbao.challenge.ProgressReport;
import shenbao.challenge.ProgressReports;
import shenbao.challenge.Scheme;
import shenbao.challenge.SelectedProject;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * Progress after selection. A project is selected when its application is on the published 认定名单 (RECOGNISED) of a
 * 揭榜挂帅 program. Cities report "于每年12月10日前" (seed 003 四、（四）), read as by the end of 12 月 10 日 in Asia/Shanghai.
 */
@Service
class ProgressService implements ProgressReports {

	private static final Logger log = LoggerFactory.getLogger(ProgressService.class);

	static final int DUE_MONTH = 12;

	static final int DUE_DAY = 10;

	private final JdbcClient jdbc;

	private final SchemeStore schemes;

	private final Programs programs;

	private final Applications applications;

	private final ApplicationReviews reviews;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	private final shenbao.document.Documents documents;

	private final shenbao.identity.Accounts accounts;

	private final shenbao.inbox.Inbox inbox;

	private final org.springframework.context.MessageSource messages;

	ProgressService(JdbcClient jdbc, SchemeStore schemes, Programs programs, Applications applications,
			ApplicationReviews reviews, Regions regions, AuditTrail audit, Clock clock,
			shenbao.document.Documents documents, shenbao.identity.Accounts accounts, shenbao.inbox.Inbox inbox,
			org.springframework.context.MessageSource messages) {
		this.documents = documents;
		this.accounts = accounts;
		this.inbox = inbox;
		this.messages = messages;
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.programs = programs;
		this.applications = applications;
		this.reviews = reviews;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	static LocalDate due(int year) {
		return LocalDate.of(year, DUE_MONTH, DUE_DAY);
	}

	/** The end of the due day: 12 月 11 日 00:00 Asia/Shanghai. */
	static Instant deadline(int year) {
		return due(year).plusDays(1).atStartOfDay(Platform.ZONE).toInstant();
	}

	private List<ProgramDefinition> schemePrograms() {
		Scheme scheme = this.schemes.scheme();
		return this.programs.all().stream().filter(program -> scheme.covers(program.code())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelectedProject> selected(Caller caller) {
		return selectedUpTo(caller, Integer.MAX_VALUE);
	}

	private List<SelectedProject> selectedUpTo(Caller caller, int lastYear) {
		List<SelectedProject> projects = new ArrayList<>();
		for (ProgramDefinition program : schemePrograms()) {
			if (program.year() > lastYear) {
				continue;
			}
			if (caller.is(Role.APPLICANT)) {
				for (ApplicationView view : this.applications.mine(caller)) {
					if (view.programCode().equals(program.code()) && view.status() == ApplicationStatus.RECOGNISED) {
						String city = this.regions.cityOf(view.regionCode()).map(Region::code).orElse(view.regionCode());
						projects.add(project(view.id(), view.number(), view.programCode(), view.unitId(), view.unitName(),
								city, view.values()));
					}
				}
			}
			else if (caller.is(Role.CITY_REVIEWER) || caller.is(Role.PROVINCE_REVIEWER)) {
				this.reviews.forEachBatch(caller, program.code(), null, 200, rows -> rows.stream()
					.filter(row -> row.status() == ApplicationStatus.RECOGNISED)
					.forEach(row -> projects.add(project(row.id(), row.number(), row.programCode(), row.unitId(),
							row.unitName(), row.cityCode(), row.values()))));
			}
		}
		return projects;
	}

	private SelectedProject project(long id, String number, String programCode, long unitId, String unitName,
			String cityCode, Map<String, Object> values) {
		BigDecimal latest = this.jdbc.sql("""
				SELECT completion_pct FROM challenge_progress WHERE application_id = :id ORDER BY id DESC LIMIT 1
				""").param("id", id).query(BigDecimal.class).optional().orElse(null);
		int reports = this.jdbc.sql("SELECT COUNT(*) FROM challenge_progress WHERE application_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		Boolean accepted = this.jdbc.sql("SELECT passed FROM challenge_acceptance WHERE application_id = :id")
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(null);
		return new SelectedProject(id, number, programCode, unitId, unitName, cityCode, cityName(cityCode),
				String.valueOf(values.getOrDefault("task_code", "")), String.valueOf(values.getOrDefault("task_name", "")),
				latest, reports, accepted);
	}

	private String cityName(String code) {
		return this.regions.find(code).map(Region::name).orElse(code);
	}

	/** The selected project in the caller's scope, or 404. */
	SelectedProject selectedOne(Caller caller, long applicationId) {
		return selected(caller).stream()
			.filter(project -> project.applicationId() == applicationId)
			.findFirst()
			.orElseThrow(() -> new NotFound("challenge.project.not-found"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgressReport> reports(Caller caller, long applicationId) {
		selectedOne(caller, applicationId);
		return this.jdbc.sql("SELECT * FROM challenge_progress WHERE application_id = :id ORDER BY id DESC")
			.param("id", applicationId)
			.query((rs, row) -> new ProgressReport(rs.getLong("id"), rs.getLong("application_id"),
					rs.getString("period"), rs.getString("plan_item"), rs.getString("progress"),
					rs.getBigDecimal("completion_pct"), rs.getObject("file_id", java.util.UUID.class),
					rs.getString("file_name"), Db.instant(rs, "filed_at"), rs.getString("filed_by")))
			.list();
	}

	@Override
	@Transactional
	public ProgressReport file(Caller caller, long applicationId, ProgressDraft draft) {
		if (!caller.is(Role.APPLICANT)) {
			throw new NotFound("challenge.project.not-found");
		}
		SelectedProject project = selectedOne(caller, applicationId);
		List<FieldProblem> problems = new ArrayList<>();
		Inputs.requireText(problems, "period", draft.period(), 40);
		Inputs.requireText(problems, "planItem", draft.planItem(), 500);
		Inputs.requireText(problems, "progress", draft.progress(), 4000);
		BigDecimal pct = draft.completionPct();
		if (pct == null || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2) {
			problems.add(FieldProblem.ofKey("completionPct", "challenge.progress.pct-range"));
		}
		String fileName = null;
		if (draft.fileId() != null) {
			var file = this.documents.find(draft.fileId()).orElse(null);
			if (file == null || !java.util.Objects.equals(file.unitId(), caller.unitId())) {
				problems.add(FieldProblem.ofKey("file", "challenge.progress.file-unknown"));
			}
			else {
				fileName = file.filename();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO challenge_progress (application_id, unit_id, period, plan_item, progress, completion_pct,
				    file_id, file_name, filed_at, filed_by)
				VALUES (:id, :unit, :period, :item, :progress, :pct, :file, :fileName, :now, :by)
				""")
			.param("file", draft.fileId())
			.param("fileName", fileName)
			.param("id", applicationId)
			.param("unit", project.unitId())
			.param("period", draft.period().strip())
			.param("item", draft.planItem().strip())
			.param("progress", draft.progress().strip())
			.param("pct", pct)
			.param("now", Db.time(now))
			.param("by", caller.displayName())
			.update();
		this.audit.record(caller, "CHALLENGE_PROGRESS_FILED", "application:" + applicationId,
				draft.period().strip() + " " + pct + "%");
		return reports(caller, applicationId).getFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public CityReport cityReport(Caller caller, int year) {
		String city = cityOf(caller);
		long projects = selectedUpTo(caller, year).size();
		return report(year, city, (int) projects);
	}

	private static String cityOf(Caller caller) {
		if (!caller.is(Role.CITY_REVIEWER) || caller.regionCode() == null) {
			throw new NotFound("challenge.city-report.not-found");
		}
		return caller.regionCode();
	}

	private CityReport report(int year, String city, int projects) {
		Instant now = this.clock.instant();
		boolean overdue = !now.isBefore(deadline(year));
		return this.jdbc.sql("SELECT * FROM challenge_city_report WHERE report_year = :year AND city_code = :city")
			.param("year", year)
			.param("city", city)
			.query((rs, row) -> new CityReport(year, city, cityName(city), projects, due(year), rs.getString("summary"),
					Db.instant(rs, "filed_at"), rs.getString("filed_by"), rs.getBoolean("late"), false))
			.optional()
			.orElseGet(() -> new CityReport(year, city, cityName(city), projects, due(year), null, null, null, false,
					overdue && projects > 0));
	}

	@Override
	@Transactional
	public CityReport fileCityReport(Caller caller, int year, String summary) {
		String city = cityOf(caller);
		String text = Db.required(summary);
		if (text.isEmpty()) {
			throw InvalidInput.field("summary", "challenge.input.required");
		}
		if (text.length() > 8000) {
			throw InvalidInput.field("summary", "challenge.input.too-long", 8000);
		}
		Instant now = this.clock.instant();
		boolean late = !now.isBefore(deadline(year));
		// the key (year, city) makes a second filing an amendment of the first
		int updated = this.jdbc.sql("""
				UPDATE challenge_city_report SET summary = :summary, filed_at = :now, filed_by = :by,
				    late = (late OR :late)
				WHERE report_year = :year AND city_code = :city
				""")
			.param("summary", text)
			.param("now", Db.time(now))
			.param("by", caller.displayName())
			.param("late", late)
			.param("year", year)
			.param("city", city)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO challenge_city_report (report_year, city_code, summary, filed_at, filed_by, late)
					VALUES (:year, :city, :summary, :now, :by, :late)
					""")
				.param("year", year)
				.param("city", city)
				.param("summary", text)
				.param("now", Db.time(now))
				.param("by", caller.displayName())
				.param("late", late)
				.update();
		}
		this.audit.record(caller, "CHALLENGE_CITY_REPORT_FILED", "challenge-city-report:" + year + ":" + city,
				late ? "late" : "on time");
		return cityReport(caller, year);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CityReport> overview(Caller caller, int year) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.city-report.not-found");
		}
		return overviewOf(caller, year);
	}

	private List<CityReport> overviewOf(Caller province, int year) {
		Map<String, Integer> projects = new TreeMap<>();
		selectedUpTo(province, year).forEach(project -> projects.merge(project.cityCode(), 1, Integer::sum));
		this.jdbc.sql("SELECT city_code FROM challenge_city_report WHERE report_year = :year")
			.param("year", year)
			.query(String.class)
			.list()
			.forEach(city -> projects.putIfAbsent(city, 0));
		return projects.entrySet()
			.stream()
			.map(entry -> report(year, entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing((CityReport report) -> !report.overdue()).thenComparing(CityReport::cityCode))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CityReminder> reminders(Caller caller) {
		String city = cityOf(caller);
		return this.jdbc.sql("SELECT * FROM challenge_city_reminder WHERE city_code = :city ORDER BY sent_at DESC")
			.param("city", city)
			.query((rs, row) -> new CityReminder(rs.getInt("report_year"), city, rs.getString("reminder"),
					due(rs.getInt("report_year")), Db.instant(rs, "sent_at")))
			.list();
	}

	@Scheduled(cron = "0 15 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "challenge-city-report-reminders", lockAtMostFor = "PT30M")
	void remindHourly() {
		int sent = remindCities();
		if (sent > 0) {
			log.info("Sent {} city progress-report reminders", sent);
		}
	}

	@Override
	@Transactional
	public int remindCities() {
		Instant now = this.clock.instant();
		int year = LocalDate.ofInstant(now, Platform.ZONE).getYear();
		String reminder = shenbao.platform.ReminderKind.due(Duration.between(now, deadline(year)))
			.map(Enum::name)
			.orElse(null);
		if (reminder == null) {
			return 0;
		}
		int sent = 0;
		for (CityReport report : overviewOf(systemProvince(), year)) {
			if (report.filed() || report.projects() == 0) {
				continue;
			}
			boolean already = this.jdbc.sql("""
					SELECT COUNT(*) FROM challenge_city_reminder
					WHERE report_year = :year AND city_code = :city AND reminder IN (:reminder, 'ONE_DAY')
					""").param("year", year).param("city", report.cityCode()).param("reminder", reminder)
				.query(Long.class)
				.single() > 0;
			if (!already) {
				this.jdbc.sql("""
						INSERT INTO challenge_city_reminder (report_year, city_code, reminder, sent_at)
						VALUES (:year, :city, :reminder, :now)
						""").param("year", year).param("city", report.cityCode()).param("reminder", reminder)
					.param("now", Db.time(now))
					.update();
				notifyCity(report.cityCode(), year, reminder);
				sent++;
			}
		}
		return sent;
	}

	/** The same reminder as a 站内消息 to each city reviewer of that city (SPEC §12), once per year, city and kind. */
	private void notifyCity(String cityCode, int year, String reminder) {
		java.util.Locale chinese = java.util.Locale.SIMPLIFIED_CHINESE;
		String title = this.messages.getMessage("challenge.reminder.inbox-title", new Object[] { year }, chinese);
		String body = this.messages.getMessage("challenge.reminder.inbox-body", new Object[] { year }, chinese);
		for (shenbao.identity.StaffAccount account : this.accounts
			.staff(java.util.Set.of(Role.CITY_REVIEWER), cityCode)) {
			if (account.enabled() && cityCode.equals(account.regionCode())) {
				this.inbox.send(account.id(), title, body, "/challenge/region",
						String.join(":", "challenge-city-report", String.valueOf(year), cityCode, reminder,
								String.valueOf(account.id())));
			}
		}
	}

	/**
	 * The reminder job reads the whole province's selected projects as a province reviewer would; it acts for no one
	 * and changes nothing but its own reminder rows.
	 */
	private Caller systemProvince() {
		String province = schemePrograms().stream()
			.map(ProgramDefinition::province)
			.findFirst()
			.orElse("620000");
		return new Caller(0, "challenge-reminders", "challenge-reminders", Role.PROVINCE_REVIEWER, province, null);
	}

}
