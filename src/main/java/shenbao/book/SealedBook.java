package shenbao.book;

import java.time.Instant;
import java.util.UUID;

/**
 * One sealed round of an application's 申报书: the stored file, its SHA-256 and when the platform signed it. Each
 * submission (and resubmission after a return) adds a round; the highest is current.
 */
public record SealedBook(long applicationId, int round, UUID fileId, String sha256, Instant signedAt,
		String programCode, String unitName) {
}
