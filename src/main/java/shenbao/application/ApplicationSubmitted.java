package shenbao.application;

import java.time.Instant;

/**
 * An application was submitted or resubmitted after a return ({@code round} counts submissions from 1) and now
 * waits in {@code status}. Published inside the submitting transaction; listeners such as the 申报书 seal run after
 * it commits.
 */
public record ApplicationSubmitted(long applicationId, String programCode, long unitId, int round,
		ApplicationStatus status, Instant submittedAt) {
}
