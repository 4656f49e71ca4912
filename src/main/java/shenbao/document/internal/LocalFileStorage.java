package shenbao.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Files under a root directory ({@code shenbao.storage.root}). A write streams into {@code .incoming/} under the
 * root (the same filesystem), forces the bytes to disk, then renames the file into place atomically, so a reader
 * sees the whole file or none; a failed write deletes its temporary file. Memory use is the copy buffer of
 * one 256 KB buffer, whatever the size. Several app nodes may share the root (e.g. over NFS).
 */
public final class LocalFileStorage implements FileStorage {

	private static final int COPY_BUFFER = 256 * 1024;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

	private static final String INCOMING = ".incoming";

	private final Path root;

	private final Path incoming;

	public LocalFileStorage(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.incoming = this.root.resolve(INCOMING);
		Files.createDirectories(this.incoming);
	}

	@Override
	public void write(String key, InputStream content) throws IOException {
		Path target = resolve(key);
		Path temporary = Files.createTempFile(this.incoming, "upload-", ".part");
		boolean kept = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				copy(content, channel);
				// the database will say the file exists: make sure it survives a power cut before it does
				channel.force(true);
			}
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			kept = true;
		}
		finally {
			if (!kept) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * Copies through one 256 KB buffer: large enough that the layers above (limit, digest, servlet stream) are called a
	 * few dozen times per megabyte rather than hundreds, small enough to keep heap flat per concurrent upload.
	 */
	private static void copy(InputStream content, FileChannel channel) throws IOException {
		byte[] buffer = new byte[COPY_BUFFER];
		ByteBuffer window = ByteBuffer.wrap(buffer);
		int read;
		while ((read = content.read(buffer, 0, buffer.length)) != -1) {
			window.clear().limit(read);
			while (window.hasRemaining()) {
				channel.write(window);
			}
		}
	}

	@Override
	public InputStream read(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/** Where uploads are written before they are moved into place; empty unless a write is under way. */
	Path incoming() {
		return this.incoming;
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return this.root.resolve(key);
	}

}
