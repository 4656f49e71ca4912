package shenbao.review.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationStatus;
import shenbao.identity.Role;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * The 项目中心 tabs of a reviewer's level (SPEC §5): 待办 (waiting for the level), 已推荐 (passed beyond it), 退回待提交,
 * 不受理, and everything of the scope.
 */
enum ReviewTab {

	PENDING, PASSED, RETURNED, REJECTED, ALL;

	/** The tab as it appears in the URL: {@code ?tab=passed}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReviewTab parse(@Nullable String param) {
		for (ReviewTab tab : values()) {
			if (tab.param().equals(param)) {
				return tab;
			}
		}
		return PENDING;
	}

	/** The statuses this tab lists at the level; empty for {@link #ALL} (no filter). */
	Set<ApplicationStatus> statuses(ReviewLevel level) {
		return switch (this) {
			case PENDING -> EnumSet.of(waiting(level));
			case PASSED -> after(level);
			case RETURNED -> EnumSet.of(ApplicationStatus.RETURNED);
			case REJECTED -> EnumSet.of(ApplicationStatus.NOT_RECOMMENDED);
			case ALL -> Set.of();
		};
	}

	static @Nullable ReviewLevel levelOf(Role role) {
		return switch (role) {
			case COUNTY_REVIEWER -> ReviewLevel.COUNTY;
			case CITY_REVIEWER -> ReviewLevel.CITY;
			case PROVINCE_REVIEWER -> ReviewLevel.PROVINCE;
			default -> null;
		};
	}

	static ApplicationStatus waiting(ReviewLevel level) {
		return switch (level) {
			case COUNTY -> ApplicationStatus.COUNTY_REVIEW;
			case CITY -> ApplicationStatus.CITY_REVIEW;
			case PROVINCE -> ApplicationStatus.PROVINCE_REVIEW;
			case EXPERT -> ApplicationStatus.EXPERT_REVIEW;
		};
	}

	/** The statuses an application reaches once the level has passed it on (SPEC §3 order). */
	private static Set<ApplicationStatus> after(ReviewLevel level) {
		Set<ApplicationStatus> later = EnumSet.of(ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.PUBLICITY,
				ApplicationStatus.RECOGNISED, ApplicationStatus.NOT_RECOGNISED);
		if (level == ReviewLevel.COUNTY || level == ReviewLevel.CITY) {
			later.add(ApplicationStatus.PROVINCE_REVIEW);
		}
		if (level == ReviewLevel.COUNTY) {
			later.add(ApplicationStatus.CITY_REVIEW);
		}
		if (level == ReviewLevel.EXPERT) {
			later.remove(ApplicationStatus.EXPERT_REVIEW);
		}
		return later;
	}

}
