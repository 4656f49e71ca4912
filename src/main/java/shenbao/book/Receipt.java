package shenbao.book;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * SPEC §12 回执: the server's time of the latest submission, the application number, program and unit, and the
 * SHA-256 of the sealed 申报书 of that round ({@code null} while the seal is still being put on, a moment after
 * submitting).
 */
public record Receipt(long applicationId, String number, String programName, String unitName, Instant submittedAt,
		int round, @Nullable String bookSha256, @Nullable Instant signedAt) {
}
