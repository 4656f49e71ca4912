package shenbao.document;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Stores and serves evidence files. Uploads are streamed to storage (never held in memory whole), hashed with
 * SHA-256 on the way, checked to be PDF on their bytes (not their name) and against the configured size limit.
 * Streaming happens outside any transaction; call {@link #storePdf} before opening yours.
 */
public interface Documents {

	/**
	 * Keeps a file the platform generated (an exported 汇总表): stored like any other, with its SHA-256, so every node
	 * can serve it; no PDF check and no upload limit apply. {@code extension} names the stored bytes' type (xlsx).
	 */
	StoredFile storeGenerated(InputStream content, String filename, String contentType, String extension);

	/**
	 * Streams a PDF into storage. The content must start with {@code %PDF-} at its first byte (no leading junk is
	 * tolerated, see {@code PdfIntake}). The filename is kept for downloads, without path parts or control
	 * characters, ending in {@code .pdf}. Nothing is kept when the content is refused.
	 * @param unitId the unit the file belongs to (it may download it at {@code /files/{id}}); null for files of the
	 * platform itself
	 * @throws shenbao.platform.UnsupportedMedia (415) when the bytes are not a PDF
	 * @throws shenbao.platform.TooLarge (413) when it exceeds {@code shenbao.upload.max-size} (default 20 MB)
	 */
	StoredFile storePdf(InputStream content, String filename, @Nullable Long unitId);

	Optional<StoredFile> find(UUID id);

	/** The file, or {@link shenbao.platform.NotFound}. */
	StoredFile get(UUID id);

	/**
	 * The file's bytes; the caller closes the stream. Scope checks are the caller's: this opens any file.
	 * @throws shenbao.platform.NotFound when there is no such file
	 */
	InputStream open(UUID id);

	/** The maximum upload size in bytes, for forms to announce and check before sending. */
	long maxUploadSize();

}
