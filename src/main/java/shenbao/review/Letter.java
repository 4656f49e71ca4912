package shenbao.review;

import java.time.Instant;
import java.util.UUID;

import shenbao.program.ReviewChain.ReviewLevel;

/** One 推荐函 (区推荐函 / 市推荐函) uploaded by a county or city for a program. */
public record Letter(long id, String programCode, String regionCode, ReviewLevel level, UUID fileId, String filename,
		long size, String sha256, String uploaderName, Instant uploadedAt) {
}
