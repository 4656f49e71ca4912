package shenbao.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Accounts;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.StaffAccount;
import shenbao.inbox.Inbox;
import shenbao.platform.Platform;
import shenbao.platform.ReminderKind;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.program.Windows;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.ReviewSettings;
import shenbao.review.ReviewSettings.EffectiveSetting;

/**
 * SPEC §12 "Reminders before a deadline, not after" for reviewers: three days and again one day before a county's or
 * city's close in force (the city's own, or the province's), each reviewer of that level and region with applications
 * still waiting gets a 站内消息 naming the program, how many wait and the close. Each reminder goes out once per
 * account, close and kind, whichever node runs the job; 我的待办 shows the same reminder as a banner.
 */
@Component
class ReviewerReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewerReminders.class);

	private final Programs programs;

	private final ReviewSettings settings;

	private final Regions regions;

	private final Accounts accounts;

	private final ApplicationReviews applications;

	private final Inbox inbox;

	private final MessageSource messages;

	private final Clock clock;

	ReviewerReminders(Programs programs, ReviewSettings settings, Regions regions, Accounts accounts,
			ApplicationReviews applications, Inbox inbox, MessageSource messages, Clock clock) {
		this.programs = programs;
		this.settings = settings;
		this.regions = regions;
		this.accounts = accounts;
		this.applications = applications;
		this.inbox = inbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "0 10 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "review-deadline-reminders", lockAtMostFor = "PT30M")
	void remindHourly() {
		int sent = remind();
		if (sent > 0) {
			log.info("Sent {} reviewer deadline reminders", sent);
		}
	}

	/** @return how many reminders were sent now */
	int remind() {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(Platform.ZONE));
		int sent = 0;
		for (ProgramDefinition program : this.programs.all()) {
			for (Region city : this.regions.children(program.province())) {
				EffectiveSetting setting = this.settings.effective(program.code(), city.code());
				if (setting.countyReview() && program.chain().levels().contains(ReviewLevel.COUNTY)) {
					sent += remind(program, city, ReviewLevel.COUNTY, setting.countyCloses(), now);
				}
				if (program.chain().levels().contains(ReviewLevel.CITY)) {
					sent += remind(program, city, ReviewLevel.CITY, setting.cityCloses(), now);
				}
			}
		}
		return sent;
	}

	private int remind(ProgramDefinition program, Region city, ReviewLevel level, LocalDateTime closes,
			LocalDateTime now) {
		if (closes == null || !now.isBefore(closes)) {
			return 0;
		}
		String kind = ReminderKind.due(Duration.between(now, closes)).map(Enum::name).orElse(null);
		if (kind == null) {
			return 0;
		}
		Role role = level == ReviewLevel.COUNTY ? Role.COUNTY_REVIEWER : Role.CITY_REVIEWER;
		ApplicationStatus waitingStatus = level == ReviewLevel.COUNTY ? ApplicationStatus.COUNTY_REVIEW
				: ApplicationStatus.CITY_REVIEW;
		int sent = 0;
		for (StaffAccount account : this.accounts.staff(Set.of(role), city.code())) {
			if (!account.enabled() || account.regionCode() == null) {
				continue;
			}
			Caller reviewer = new Caller(account.id(), account.username(), account.displayName(), role,
					account.regionCode(), null);
			long waiting = this.applications.countByStatus(reviewer, program.code()).getOrDefault(waitingStatus, 0L);
			if (waiting == 0) {
				continue;
			}
			String shown = Windows.shown(closes);
			String key = String.join(":", "review-deadline", program.code(), level.name(), String.valueOf(account.id()),
					closes.toString(), kind);
			if (this.inbox.send(account.id(), text("review.reminder.title", program.name()),
					text("review.reminder.body", program.name(), waiting, shown), "/review?program=" + program.code(),
					key)) {
				sent++;
			}
		}
		return sent;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
