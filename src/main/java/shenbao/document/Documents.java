package shenbao.document;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Stores and serves evidence files. Uploads are streamed to storage (never held in memory whole), hashed with
 * SHA-256 on the way, checked to be PDF on their bytes (not their name) and against the configured size limit.
 */
public interface Documents {

	/**
	 * Streams a PDF into storage.
	 * @throws shenbao.platform.UnsupportedMedia (415) when the bytes are not a PDF
	 * @throws shenbao.platform.TooLarge (413) when it exceeds {@code shenbao.upload.max-size} (default 20 MB)
	 */
	StoredFile storePdf(InputStream content, String filename, @Nullable Long unitId);

	Optional<StoredFile> find(UUID id);

	/** The file's bytes; the caller closes the stream. */
	InputStream open(UUID id);

	/** The maximum upload size in bytes, for forms to announce and check before sending. */
	long maxUploadSize();

}
