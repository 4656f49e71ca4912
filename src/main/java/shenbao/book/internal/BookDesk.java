package shenbao.book.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.audit.AuditTrail;
import shenbao.book.BookFile;
import shenbao.book.BookVerification;
import shenbao.book.Books;
import shenbao.book.Receipt;
import shenbao.book.SealedBook;
import shenbao.document.Documents;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.UnsupportedMedia;

/**
 * {@link Books}: what a caller downloads and checks. Scope comes from {@link Applications#get}; every download of a
 * book or a receipt is written to the audit record.
 */
@Component
class BookDesk implements Books {

	private static final byte[] PDF_HEADER = { '%', 'P', 'D', 'F', '-' };

	private final Applications applications;

	private final BookSealing sealing;

	private final SealCheck check;

	private final SealedBooks books;

	private final Documents documents;

	private final PdfRenderer renderer;

	private final AuditTrail audit;

	private final MessageSource messages;

	BookDesk(Applications applications, BookSealing sealing, SealCheck check, SealedBooks books, Documents documents,
			PdfRenderer renderer, AuditTrail audit, MessageSource messages) {
		this.applications = applications;
		this.sealing = sealing;
		this.check = check;
		this.books = books;
		this.documents = documents;
		this.renderer = renderer;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public BookFile book(Caller caller, long applicationId) {
		ApplicationView view = this.applications.get(caller, applicationId);
		Optional<SealedBook> sealed = current(caller, view);
		if (sealed.isEmpty()) {
			byte[] draft = this.sealing.draft(view);
			record(caller, view, text("book.audit.draft"));
			return new BookFile(text("book.file.draft", view.number()), draft.length, null, 0,
					() -> new ByteArrayInputStream(draft));
		}
		SealedBook book = sealed.get();
		var file = this.documents.get(book.fileId());
		record(caller, view, text("book.audit.book", book.round()));
		return new BookFile(file.filename(), file.size(), file.sha256(), book.round(),
				() -> this.documents.open(book.fileId()));
	}

	@Override
	public Optional<SealedBook> sealed(Caller caller, long applicationId) {
		ApplicationView view = this.applications.get(caller, applicationId);
		return this.books.latest(view.id());
	}

	@Override
	public Receipt receipt(Caller caller, long applicationId) {
		ApplicationView view = this.applications.get(caller, applicationId);
		int round = BookSealing.round(view);
		if (round == 0 || view.submittedAt() == null) {
			throw new NotFound("book.receipt.not-submitted");
		}
		Optional<SealedBook> sealed = view.status().isEditable() ? this.sealing.sealed(view.id(), round)
				: Optional.of(this.sealing.sealCurrent(caller, view));
		return new Receipt(view.id(), view.number(), view.programName(), view.unitName(),
				Objects.requireNonNull(view.submittedAt()), round, sealed.map(SealedBook::sha256).orElse(null),
				sealed.map(SealedBook::signedAt).orElse(null));
	}

	@Override
	public BookFile receiptPdf(Caller caller, long applicationId) {
		Receipt receipt = receipt(caller, applicationId);
		byte[] pdf = this.renderer.render("book/pdf/receipt", Map.of("receipt", receipt));
		this.audit.record(caller, "DOWNLOAD", "application:" + applicationId,
				text("book.audit.receipt", receipt.round()));
		return new BookFile(text("book.file.receipt", receipt.number(), receipt.round()), pdf.length, null,
				receipt.round(), () -> new ByteArrayInputStream(pdf));
	}

	@Override
	public BookVerification verify(InputStream pdf) {
		byte[] bytes;
		try {
			bytes = pdf.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded book", ex);
		}
		if (bytes.length < PDF_HEADER.length || !Arrays.equals(bytes, 0, PDF_HEADER.length, PDF_HEADER, 0,
				PDF_HEADER.length)) {
			throw new UnsupportedMedia("platform.upload.not-pdf");
		}
		Optional<SealedBook> sealed = this.books.bySha256(sha256(bytes));
		if (sealed.isEmpty() || !this.check.intact(bytes)) {
			return BookVerification.notIntact();
		}
		SealedBook book = sealed.get();
		return new BookVerification(true, book.applicationId(), book.programCode(), book.unitName(), book.signedAt());
	}

	/**
	 * The sealed book a caller gets: none while the unit itself edits (draft, returned), so it sees what it types;
	 * otherwise the current round's, sealed now if the listener has not yet; for a reviewer looking at a returned
	 * application, the last sealed round.
	 */
	private Optional<SealedBook> current(Caller caller, ApplicationView view) {
		if (!view.status().isEditable()) {
			return Optional.of(this.sealing.sealCurrent(caller, view));
		}
		boolean owner = caller.unitId() != null && caller.unitId() == view.unitId();
		return owner ? Optional.empty() : this.books.latest(view.id());
	}

	private void record(Caller caller, ApplicationView view, String detail) {
		this.audit.record(caller, "DOWNLOAD", "application:" + view.id(), detail);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private String text(String key, Object... arguments) {
		return Objects.requireNonNull(this.messages.getMessage(key, arguments, key, Platform.LOCALE));
	}

}
