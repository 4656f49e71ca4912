package shenbao.book;

import java.io.InputStream;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A PDF ready to send: its download name, its size, its SHA-256 when it is a stored (sealed) file, and its bytes
 * (opened when the answer is written; the receiver closes the stream). {@code round} is the sealed round, 0 for a
 * draft rendered on the fly.
 */
public record BookFile(String filename, long size, @Nullable String sha256, int round, Supplier<InputStream> content) {

	public boolean sealed() {
		return this.round > 0;
	}

}
