package shenbao.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationRow;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;
import shenbao.program.Programs;

/**
 * {@link ApplicationReviews}: the reviewers' lists and the status changes the review module decides. Every read goes
 * through the same scope as the applicant's calls ({@link ApplicationScope}, in SQL for lists).
 */
@Service
class ReviewSide implements ApplicationReviews {

	private final ApplicationStore store;

	private final ReviewQueries queries;

	private final ApplicationRecords records;

	private final Programs programs;

	private final ExportRows exportRows;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ReviewSide(ApplicationStore store, ReviewQueries queries, ApplicationRecords records, Programs programs,
			ExportRows exportRows, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.queries = queries;
		this.exportRows = exportRows;
		this.records = records;
		this.programs = programs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ApplicationPage search(Caller caller, ApplicationQuery query) {
		return this.queries.search(caller, query);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ApplicationStatus, Long> countByStatus(Caller caller, @Nullable String programCode) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		this.queries.countByStatus(caller, programCode).forEach(counts::put);
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public long forEachBatch(Caller caller, String programCode, @Nullable String regionCode, int batchSize,
			Consumer<List<ApplicationRow>> batches) {
		return this.exportRows.forEachBatch(caller, programCode, regionCode, Math.max(1, batchSize), batches);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> visibleIds(Caller caller, Collection<Long> ids) {
		return this.queries.visible(caller, ids);
	}

	@Override
	@Transactional
	public ApplicationView lock(Caller caller, long id) {
		ApplicationRecord application = this.store.lock(id)
			.filter(candidate -> caller.unitId() == null && this.records.canSee(caller, candidate))
			.orElseThrow(() -> new NotFound("application.not-found"));
		return this.records.view(application);
	}

	@Override
	@Transactional
	public void move(Caller actor, long id, ApplicationStatus from, ApplicationStatus to, String action,
			@Nullable String opinion, @Nullable ApplicationStatus resubmitTo) {
		ApplicationRecord application = this.store.find(id).orElseThrow(() -> new NotFound("application.not-found"));
		Instant now = this.clock.instant();
		if (!this.store.updateReviewStatus(id, from, to, resubmitTo, now)) {
			throw new Conflict("application.review.moved-on");
		}
		this.records.history(id, action, actor, from, to, opinion, now);
		// an opinion given with a recommendation or approval is labelled as such (审核意见：…); without one, nothing dangles
		String key = "application.message." + action.toLowerCase(Locale.ROOT);
		boolean labelled = ("RECOMMEND".equals(action) || "APPROVE".equals(action)) && opinion != null
				&& !opinion.isBlank();
		this.records.message(application.unitId(), id, labelled ? key + "_with_opinion" : key,
				List.of(this.programs.get(application.programCode()).name(), to.name(), opinion == null ? "" : opinion),
				now);
		this.events.publishEvent(new shenbao.application.ApplicationMoved(actor, id, application.programCode(),
				application.unitId(), from, to, action, now));
	}

	@Override
	@Transactional
	public void note(Caller actor, long id, String action, @Nullable String opinion) {
		ApplicationRecord application = this.store.find(id).orElseThrow(() -> new NotFound("application.not-found"));
		this.records.history(id, action, actor, application.status(), application.status(), opinion,
				this.clock.instant());
	}

}
