package shenbao.application;

import java.math.BigDecimal;

/** The sum of an application's self-scores (自评分), as the applicant entered them. */
public record SelfScoreTotal(long applicationId, String programCode, String cityCode, BigDecimal total) {
}
