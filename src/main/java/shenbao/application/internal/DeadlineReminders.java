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

	/** @return how many reminders were sent now */
	@Transactional
	int remind() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (ProgramDefinition program : this.programs.all()) {
			if (this.deadlines.status(program, null, this.clock) != ProgramStatus.OPEN) {
				continue;
			}
			Instant closes = this.deadlines.applyCloses(program, null).atZone(Platform.ZONE).toInstant();
			Duration left = Duration.between(now, closes);
			String reminder = left.compareTo(Duration.ofDays(1)) <= 0 ? "ONE_DAY"
					: left.compareTo(Duration.ofDays(3)) <= 0 ? "THREE_DAYS" : null;
			if (reminder != null) {
				sent += remind(program, reminder, now);
			}
		}
		return sent;
	}

	private int remind(ProgramDefinition program, String reminder, Instant now) {
		List<Draft> drafts = this.jdbc.sql("""
				SELECT a.id, a.unit_id FROM application a
				WHERE a.program_code = :program AND a.status = 'DRAFT'
				  AND NOT EXISTS (SELECT 1 FROM application_reminder r
				                  WHERE r.application_id = a.id AND r.reminder IN (:reminder, 'ONE_DAY'))
				""")
			.param("program", program.code())
			.param("reminder", reminder)
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getLong("unit_id")))
			.list();
		String closes = ApplicationWorkflow.shown(this.deadlines.applyCloses(program, null));
		for (Draft draft : drafts) {
			this.jdbc.sql("INSERT INTO application_reminder (application_id, reminder, sent_at) VALUES (:id, :reminder, :now)")
				.param("id", draft.id())
				.param("reminder", reminder)
				.param("now", ApplicationStore.time(now))
				.update();
			this.messages.add(draft.unitId(), draft.id(), "application.message.deadline",
					List.of(program.name(), closes), now);
		}
		return drafts.size();
	}

	private record Draft(long id, long unitId) {
	}

}
