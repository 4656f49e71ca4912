package shenbao.document.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of stored files live, addressed by key ({@code 2026/05/20/<uuid>.pdf}), never by path: the
 * database keeps keys, so another implementation (an S3-compatible object store) can replace
 * {@link LocalFileStorage} without touching a row. Keys are lower-case letters, digits, {@code . _ -}, and
 * {@code /} between segments.
 */
public interface FileStorage {

	/**
	 * Reads {@code content} to its end and keeps it under {@code key}, all or nothing: readers never see a partial
	 * file, and when reading fails (the upload is refused midway, the client goes away) nothing of it remains.
	 * Exceptions thrown by {@code content} pass through unchanged.
	 */
	void write(String key, InputStream content) throws IOException;

	/** The bytes kept under {@code key}; the caller closes the stream. */
	InputStream read(String key) throws IOException;

	boolean exists(String key) throws IOException;

	void delete(String key) throws IOException;

}
