package shenbao.application.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;

/**
 * Reads applications through the caller's scope (outside it: "not found"), and writes what every step writes:
 * history rows and unit messages.
 */
@Component
class ApplicationRecords {

	private final ApplicationStore store;

	private final ApplicationScope scope;

	private final ApplicationViews views;

	private final HistoryStore history;

	private final MessageStore messages;

	ApplicationRecords(ApplicationStore store, ApplicationScope scope, ApplicationViews views, HistoryStore history,
			MessageStore messages) {
		this.store = store;
		this.scope = scope;
		this.views = views;
		this.history = history;
		this.messages = messages;
	}

	/** For reads: the review scope, or a read another module grants ({@link ApplicationScope#canRead}). */
	ApplicationRecord visible(Caller caller, long id) {
		return this.store.find(id)
			.filter(application -> this.scope.canRead(caller, application))
			.orElseThrow(() -> new NotFound("application.not-found"));
	}

	boolean canSee(Caller caller, ApplicationRecord application) {
		return this.scope.canSee(caller, application);
	}

	/** The caller's own application in a status the applicant may change. */
	ApplicationRecord editable(Caller caller, long id) {
		ApplicationRecord application = this.store.find(id)
			.filter(candidate -> this.scope.canEdit(caller, candidate))
			.orElseThrow(() -> new NotFound("application.not-found"));
		if (!application.status().isEditable()) {
			throw new Conflict("application.not-editable");
		}
		return application;
	}

	/** As {@link #editable}, with what a save needs besides the row (see {@link ApplicationStore#findDraft}). */
	ApplicationStore.Draft editableDraft(Caller caller, long id) {
		ApplicationStore.Draft draft = this.store.findDraft(id)
			.filter(candidate -> this.scope.canEdit(caller, candidate.record()))
			.orElseThrow(() -> new NotFound("application.not-found"));
		if (!draft.record().status().isEditable()) {
			throw new Conflict("application.not-editable");
		}
		return draft;
	}

	/** As {@link #editable}, with the row locked so a double click submits once. */
	ApplicationRecord lockedForSubmission(Caller caller, long id) {
		ApplicationRecord application = this.store.lock(id)
			.filter(candidate -> this.scope.canEdit(caller, candidate))
			.orElseThrow(() -> new NotFound("application.not-found"));
		if (!application.status().isEditable()) {
			throw new Conflict("application.submit.already");
		}
		return application;
	}

	ApplicationView view(Caller caller, long id) {
		return this.views.view(visible(caller, id));
	}

	ApplicationView view(ApplicationRecord record) {
		return this.views.view(record);
	}

	void history(long id, String action, Caller actor, @Nullable ApplicationStatus from, ApplicationStatus to,
			@Nullable String opinion, Instant at) {
		this.history.append(id, action, actor, from, to, opinion, at);
	}

	/** How many times the application has been submitted, counting the submission being recorded. */
	int submissions(long id) {
		return this.history.count(id, java.util.List.of("SUBMIT", "RESUBMIT"));
	}

	void message(long unitId, long applicationId, String key, List<String> arguments, Instant at) {
		this.messages.add(unitId, applicationId, key, arguments, at);
	}

}
