package shenbao.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.platform.NotFound;

/**
 * Stored files: the bytes go to {@link FileStorage} through {@link PdfIntake} (no transaction is open while they
 * stream), then one row records them. Rows and bytes are never deleted in this version: a file may be referred to
 * by library items and by applications (imported, not copied), and a submitted application's evidence must stay
 * verifiable by its SHA-256. Only bytes that never got their row are removed.
 */
@Service
class DocumentStore implements Documents {

	private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

	private final PdfIntake intake;

	private final StoredFiles files;

	private final FileStorage storage;

	DocumentStore(PdfIntake intake, StoredFiles files, FileStorage storage) {
		this.intake = intake;
		this.files = files;
		this.storage = storage;
	}

	@Override
	public StoredFile storePdf(InputStream content, String filename, @Nullable Long unitId) {
		PdfIntake.ReceivedFile received = this.intake.receive(content, filename);
		try {
			this.files.insert(received, unitId);
		}
		catch (RuntimeException ex) {
			discard(received);
			throw ex;
		}
		return received.asStoredFile(unitId);
	}

	@Override
	public StoredFile storeGenerated(InputStream content, String filename, String contentType, String extension) {
		PdfIntake.ReceivedFile received = this.intake.receiveGenerated(content, filename, contentType, extension);
		try {
			this.files.insert(received, null);
		}
		catch (RuntimeException ex) {
			discard(received);
			throw ex;
		}
		return received.asStoredFile(null);
	}

	@Override
	public Optional<StoredFile> find(UUID id) {
		return this.files.find(id).map(StoredFiles.Entry::file);
	}

	@Override
	public StoredFile get(UUID id) {
		return find(id).orElseThrow(DocumentStore::notFound);
	}

	@Override
	public InputStream open(UUID id) {
		StoredFiles.Entry entry = this.files.find(id).orElseThrow(DocumentStore::notFound);
		try {
			return this.storage.read(entry.storageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bytes of stored file " + id + " cannot be read", ex);
		}
	}

	@Override
	public long maxUploadSize() {
		return this.intake.maxSize().toBytes();
	}

	/** Bytes whose row could not be written are referred to by nothing: remove them. */
	void discard(PdfIntake.ReceivedFile received) {
		try {
			this.storage.delete(received.storageKey());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remove unrecorded file {}", received.storageKey(), ex);
		}
	}

	static NotFound notFound() {
		return new NotFound("document.not-found");
	}

}
