package shenbao.document.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.document.UnitLibrary;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;

/**
 * Each unit's attachment library. Adding streams the file first, outside any transaction, then records the file and
 * the item together; removing takes the item away and keeps the file (see {@link DocumentStore}).
 */
@Service
class AttachmentLibrary implements UnitLibrary {

	static final int MAX_TITLE_LENGTH = 100;

	private final PdfIntake intake;

	private final StoredFiles files;

	private final LibraryItems items;

	private final DocumentStore documents;

	private final TransactionTemplate transactions;

	AttachmentLibrary(PdfIntake intake, StoredFiles files, LibraryItems items, DocumentStore documents,
			TransactionTemplate transactions) {
		this.intake = intake;
		this.files = files;
		this.items = items;
		this.documents = documents;
		this.transactions = transactions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LibraryItem> list(long unitId) {
		return this.items.list(unitId);
	}

	@Override
	public LibraryItem add(long unitId, LibraryKind kind, @Nullable String title, InputStream content,
			String filename) {
		String given = (title != null) ? title.strip() : "";
		if (given.codePointCount(0, given.length()) > MAX_TITLE_LENGTH) {
			throw InvalidInput.field("title", "document.library.title.too-long", MAX_TITLE_LENGTH);
		}
		PdfIntake.ReceivedFile received = this.intake.receive(content, filename);
		String kept = given.isEmpty() ? stem(received.filename()) : given;
		try {
			long id = this.transactions.execute(status -> {
				this.files.insert(received, unitId);
				return this.items.insert(unitId, kind, kept, received.id(), received.storedAt());
			});
			return new LibraryItem(id, unitId, kind, kept, received.asStoredFile(unitId), received.storedAt());
		}
		catch (RuntimeException ex) {
			this.documents.discard(received);
			throw ex;
		}
	}

	@Override
	@Transactional
	public void remove(long unitId, long itemId) {
		if (!this.items.delete(unitId, itemId)) {
			throw notFound();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LibraryItem> find(long unitId, long itemId) {
		return this.items.find(unitId, itemId);
	}

	@Override
	@Transactional(readOnly = true)
	public LibraryItem get(long unitId, long itemId) {
		return find(unitId, itemId).orElseThrow(AttachmentLibrary::notFound);
	}

	/** "2025年度审计报告.pdf" → "2025年度审计报告", cut to the title's length. */
	private static String stem(String filename) {
		String stem = filename.substring(0, filename.length() - ".pdf".length()).strip();
		if (stem.codePointCount(0, stem.length()) > MAX_TITLE_LENGTH) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_TITLE_LENGTH));
		}
		return stem.isEmpty() ? filename : stem;
	}

	private static NotFound notFound() {
		return new NotFound("document.library.not-found");
	}

}
