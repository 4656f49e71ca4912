package shenbao.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One application as a 汇总表 row needs it: who applied, where, its status, its values and self-scores, and the total
 * the program's rules suggest for its values ({@code suggestedTotal}; null when the program scores no indicators or
 * the stored values can no longer be scored).
 */
public record ApplicationRow(long id, String programCode, long unitId, String unitName, String regionCode,
		String cityCode, ApplicationStatus status, @Nullable Instant submittedAt, Map<String, Object> values,
		Map<String, BigDecimal> selfScores, @Nullable BigDecimal suggestedTotal) {

	public ApplicationRow {
		values = Map.copyOf(values);
		selfScores = Map.copyOf(selfScores);
	}

	/** The sum of the applicant's self-scores (自评总分). */
	public BigDecimal selfScoreTotal() {
		return this.selfScores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** As {@link ApplicationView#number()}. */
	public String number() {
		return ApplicationView.number(this.programCode, this.id);
	}

}
