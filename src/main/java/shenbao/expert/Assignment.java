package shenbao.expert;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of 我的评审: an application assigned to the caller and where their sheet stands. */
public record Assignment(long applicationId, String programCode, String programName, String number, String unitName,
		Instant assignedAt, @Nullable Instant submittedAt, @Nullable BigDecimal total, boolean roundClosed) {

	public boolean submitted() {
		return this.submittedAt != null;
	}

}
