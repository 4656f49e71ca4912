package shenbao.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationStatus;

/** One row of {@code application}, with its JSON columns read into maps. */
record ApplicationRecord(long id, long unitId, String unitName, String programCode, int programRevision,
		int programYear, String regionCode, String cityCode, ApplicationStatus status, Map<String, Object> values,
		Map<String, BigDecimal> selfScores, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt,
		long version, @Nullable ApplicationStatus resubmitTo) {
}
