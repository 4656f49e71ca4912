package shenbao.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

import shenbao.document.StoredFile;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;

/**
 * Takes an upload into storage in one pass: checks that it is a PDF, counts it against the size limit, hashes it with
 * SHA-256 and writes it, all while it streams through a small buffer, so memory use does not grow with the file. It
 * touches no database, so a plain-Java harness (a benchmark) can drive it with a {@link LocalFileStorage}.
 * <p>
 * What counts as a PDF: the first five bytes are {@code %PDF-}. ISO 32000 puts the header at the start of the file;
 * Acrobat also accepts it anywhere in the first 1024 bytes, for files that came wrapped by old mail and FTP tools.
 * We do not: every PDF writer in use puts it first, and allowing junk before it would let a file that is also
 * something else (an {@code .exe} starting {@code MZ}, an HTML page) pass as PDF.
 */
public final class PdfIntake {

	static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	static final String CONTENT_TYPE = "application/pdf";

	private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final FileStorage storage;

	private final DataSize maxSize;

	private final Clock clock;

	public PdfIntake(FileStorage storage, DataSize maxSize, Clock clock) {
		this.storage = storage;
		this.maxSize = maxSize;
		this.clock = clock;
	}

	/**
	 * Streams {@code content} into storage under a new key. Refused content leaves nothing behind.
	 * @throws UnsupportedMedia when it does not start with {@code %PDF-} (checked before anything is written)
	 * @throws TooLarge at the first byte over {@code shenbao.upload.max-size}
	 */
	public ReceivedFile receive(InputStream content, @Nullable String filename) {
		try {
			byte[] header = content.readNBytes(PDF_HEADER.length);
			if (!Arrays.equals(header, PDF_HEADER)) {
				throw new UnsupportedMedia("platform.upload.not-pdf");
			}
			UUID id = UUID.randomUUID();
			String key = LocalDate.now(this.clock).format(KEY_DATE) + "/" + id + ".pdf";
			MessageDigest sha256 = sha256();
			var counted = new LimitedInputStream(new SequenceInputStream(new ByteArrayInputStream(header), content),
					this.maxSize.toBytes(), TooLarge.over(this.maxSize));
			this.storage.write(key, new DigestInputStream(counted, sha256));
			return new ReceivedFile(id, key, Filename.sanitise(filename), counted.count(),
					HexFormat.of().formatHex(sha256.digest()), this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
					CONTENT_TYPE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an upload", ex);
		}
	}

	/**
	 * Streams a file the platform made itself (an export, not an upload: no type check and no upload limit) into
	 * storage under a new key, with its SHA-256.
	 */
	public ReceivedFile receiveGenerated(InputStream content, String filename, String contentType, String extension) {
		try {
			UUID id = UUID.randomUUID();
			String key = LocalDate.now(this.clock).format(KEY_DATE) + "/" + id + "." + extension;
			MessageDigest sha256 = sha256();
			var counted = new LimitedInputStream(content, Long.MAX_VALUE, TooLarge.over(this.maxSize));
			this.storage.write(key, new DigestInputStream(counted, sha256));
			return new ReceivedFile(id, key, Filename.sanitise(filename), counted.count(),
					HexFormat.of().formatHex(sha256.digest()), this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
					contentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a generated file", ex);
		}
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** A file now in storage, not yet recorded in the database. */
	public record ReceivedFile(UUID id, String storageKey, String filename, long size, String sha256,
			Instant storedAt, String contentType) {

		public StoredFile asStoredFile(@Nullable Long unitId) {
			return new StoredFile(this.id, this.filename, this.size, this.sha256, this.contentType, this.storedAt,
					unitId);
		}

	}

}
