package shenbao.deadline;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One extension: the new close (local time, Asia/Shanghai), for everyone or one unit, and why. */
public record Extension(long id, String programCode, WindowKind kind, @Nullable Long unitId, @Nullable String unitName,
		LocalDateTime closes, String reason, String grantedBy, Instant grantedAt) {
}
