package shenbao.book.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.book.SealedBook;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.platform.Platform;
import shenbao.program.Programs;

/**
 * Renders 申报书 and seals them: one sealed round per submission, recorded once even when the listener and a download
 * race for it (the loser's file stays unreferenced; the record decides which one is the book). Rendering, signing
 * and storing run outside any transaction.
 */
@Component
class BookSealing {

	private static final Logger log = LoggerFactory.getLogger(BookSealing.class);

	static final String TEMPLATE = "book/pdf/book";

	private final Applications applications;

	private final Programs programs;

	private final BookComposer composer;

	private final PdfRenderer renderer;

	private final PadesSigner signer;

	private final Documents documents;

	private final SealedBooks books;

	private final MessageSource messages;

	private final java.time.Clock clock;

	BookSealing(Applications applications, Programs programs, BookComposer composer, PdfRenderer renderer,
			PadesSigner signer, Documents documents, SealedBooks books, MessageSource messages, java.time.Clock clock) {
		this.applications = applications;
		this.programs = programs;
		this.composer = composer;
		this.renderer = renderer;
		this.signer = signer;
		this.documents = documents;
		this.books = books;
		this.messages = messages;
		this.clock = clock;
	}

	/** How many times the application was submitted: its current round, 0 for one never submitted. */
	static int round(ApplicationView view) {
		return (int) view.history()
			.stream()
			.filter(entry -> "SUBMIT".equals(entry.action()) || "RESUBMIT".equals(entry.action()))
			.count();
	}

	Optional<SealedBook> sealed(long applicationId, int round) {
		return this.books.find(applicationId, round);
	}

	Optional<SealedBook> latest(long applicationId) {
		return this.books.latest(applicationId);
	}

	/**
	 * The sealed book of the application's current round, sealing it now if nobody has. Only for an application
	 * that is not editable (submitted and under review): its values are those it was submitted with.
	 */
	SealedBook sealCurrent(Caller reader, ApplicationView view) {
		int round = round(view);
		if (round == 0 || view.status().isEditable()) {
			throw new IllegalStateException("Application " + view.id() + " is not submitted, nothing to seal");
		}
		return this.books.find(view.id(), round).orElseGet(() -> seal(view, round));
	}

	/**
	 * Seals round {@code round} of an application after its submission (the listener). Skipped when the application
	 * has moved on since (returned or resubmitted before this ran, e.g. an event republished after a restart): its
	 * values may no longer be those of that round.
	 */
	void sealSubmitted(long unitId, long applicationId, int round) {
		if (this.books.find(applicationId, round).isPresent()) {
			return;
		}
		ApplicationView view = this.applications.get(sealReader(unitId), applicationId);
		if (round(view) != round || view.status().isEditable()) {
			log.warn("Application {} is no longer in submitted round {}; its book was not sealed", applicationId, round);
			return;
		}
		seal(view, round);
	}

	/** The current state rendered without a seal: what the unit sees while it edits. */
	byte[] draft(ApplicationView view) {
		return this.renderer.render(TEMPLATE, Map.of("book", this.composer.compose(view,
				this.programs.get(view.programCode()), this.clock.instant(), null)));
	}

	/** Renders and seals without recording: the benchmark's unit of work. */
	byte[] renderSealed(ApplicationView view, Instant at) {
		Instant filled = Objects.requireNonNullElse(view.submittedAt(), at);
		byte[] pdf = this.renderer.render(TEMPLATE,
				Map.of("book", this.composer.compose(view, this.programs.get(view.programCode()), filled, at)));
		return this.signer.seal(pdf, at, text("book.seal.name"), text("book.seal.reason", view.number()));
	}

	private SealedBook seal(ApplicationView view, int round) {
		Instant at = this.clock.instant();
		byte[] sealed = renderSealed(view, at);
		String filename = text("book.file.sealed", view.number(), round);
		StoredFile file = this.documents.storePdf(new ByteArrayInputStream(sealed), filename, view.unitId());
		SealedBook book = new SealedBook(view.id(), round, file.id(), file.sha256(), at, view.programCode(),
				view.unitName());
		if (this.books.add(book, view.unitId())) {
			log.info("Sealed the book of application {} round {} ({} bytes)", view.id(), round, sealed.length);
			return book;
		}
		return this.books.find(view.id(), round).orElseThrow();
	}

	/** Reads an application as its own unit does: the listener has no user, and the unit's scope is exact. */
	static Caller sealReader(long unitId) {
		return new Caller(0, "platform-seal", "platform-seal", shenbao.identity.Role.APPLICANT, null, unitId);
	}

	private String text(String key, Object... arguments) {
		return Objects.requireNonNull(this.messages.getMessage(key, arguments, key, Platform.LOCALE));
	}

}
