package shenbao.application;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of a reviewer's list (我的待办, 项目中心): enough to find and sort an application, not its values. */
public record ApplicationSummary(long id, String programCode, long unitId, String unitName, String regionCode,
		String cityCode, ApplicationStatus status, @Nullable Instant submittedAt, Instant updatedAt) {

	/** As {@link ApplicationView#number()}. */
	public String number() {
		return ApplicationView.number(this.programCode, this.id);
	}

}
