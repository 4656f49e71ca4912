package shenbao.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.platform.Platform;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;

/**
 * Reminders before a deadline, not after (SPEC §12): a unit with an unsubmitted draft gets a 站内消息 three days and
 * again one day before the program closes. Each reminder is sent once per application, whichever node runs the job.
 */
@Component
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);


	private final Programs programs;

	private final JdbcClient jdbc;

	private final MessageStore messages;

	private final Clock clock;

	private final shenbao.deadline.Deadlines deadlines;

	DeadlineReminders(Programs programs, JdbcClient jdbc, MessageStore messages, Clock clock,
			shenbao.deadline.Deadlines deadlines) {
		this.deadlines = deadlines;
		this.programs = programs;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "0 5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "application-deadline-reminders", lockAtMostFor = "PT30M")
	void remindHourly() {
		int sent = remind();
		if (sent > 0) {
			log.info("Sent {} deadline reminders", sent);
		}
	}

	/**
	 * Each draft is reminded against its own close: its city may close earlier than the province (its 申报指南), or
	 * the province may have extended it by name.
	 * @return how many reminders were sent now
	 */
	@Transactional
	int remind() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (ProgramDefinition program : this.programs.all()) {
			if (this.deadlines.status(program, null, this.clock) == ProgramStatus.NOT_OPEN) {
				continue;
			}
			sent += remind(program, now);
		}
		return sent;
	}

	private int remind(ProgramDefinition program, Instant now) {
		List<Draft> drafts = this.jdbc.sql("""
				SELECT a.id, a.unit_id,
				       EXISTS (SELECT 1 FROM application_reminder r
				               WHERE r.application_id = a.id AND r.reminder = 'THREE_DAYS') AS three_days
				FROM application a
				WHERE a.program_code = :program AND a.status = 'DRAFT'
				  AND NOT EXISTS (SELECT 1 FROM application_reminder r
				                  WHERE r.application_id = a.id AND r.reminder = 'ONE_DAY')
				""")
			.param("program", program.code())
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getLong("unit_id"), rs.getBoolean("three_days")))
			.list();
		int sent = 0;
		for (Draft draft : drafts) {
			java.time.LocalDateTime closesAt = this.deadlines.applyCloses(program, draft.unitId());
			String reminder = shenbao.platform.ReminderKind
				.due(Duration.between(now, closesAt.atZone(Platform.ZONE).toInstant()))
				.filter(kind -> kind == shenbao.platform.ReminderKind.ONE_DAY || !draft.threeDays())
				.map(Enum::name)
				.orElse(null);
			if (reminder == null) {
				continue;
			}
			this.jdbc.sql("INSERT INTO application_reminder (application_id, reminder, sent_at) VALUES (:id, :reminder, :now)")
				.param("id", draft.id())
				.param("reminder", reminder)
				.param("now", ApplicationStore.time(now))
				.update();
			this.messages.add(draft.unitId(), draft.id(), "application.message.deadline",
					List.of(program.name(), ApplicationWorkflow.shown(closesAt)), now);
			sent++;
		}
		return sent;
	}

	private record Draft(long id, long unitId, boolean threeDays) {
	}

}
