package shenbao.book.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import shenbao.application.ApplicationSubmitted;

/**
 * Seals the 申报书 of each submission, after the submitting transaction committed, on its own thread. It runs without
 * a transaction (rendering and signing take a few hundred milliseconds and need no database connection); the event
 * publication registry republishes the event if the node stops before it finished, and sealing is idempotent.
 */
@Component
class SealOnSubmission {

	private final BookSealing sealing;

	SealOnSubmission(BookSealing sealing) {
		this.sealing = sealing;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApplicationSubmitted submitted) {
		this.sealing.sealSubmitted(submitted.unitId(), submitted.applicationId(), submitted.round());
	}

}
