package shenbao.document.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import shenbao.platform.TooLarge;

/** Counts the bytes read through it and refuses, while reading, the first byte past the limit. */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private final TooLarge refusal;

	private long count;

	LimitedInputStream(InputStream in, long limit, TooLarge refusal) {
		super(in);
		this.limit = limit;
		this.refusal = refusal;
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int next = super.read();
		if (next >= 0) {
			counted(1);
		}
		return next;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(long bytes) {
		this.count += bytes;
		if (this.count > this.limit) {
			throw this.refusal;
		}
	}

}
