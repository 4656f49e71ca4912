package shenbao.expert;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a program's 拟认定名单, in rank order, for the 公示. */
public record ProposedApplication(long applicationId, String programCode, long unitId, String unitName,
		String regionCode, int rank, BigDecimal score, Instant proposedAt) {
}
