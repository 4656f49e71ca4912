package shenbao.review.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.program.ReviewChain.ReviewLevel;

/** Which level a reviewer works at, which status waits for each level, and which levels each one may see. */
final class Levels {

	private Levels() {
	}

	static Optional<ReviewLevel> of(Caller caller) {
		return Optional.ofNullable(switch (caller.role()) {
			case COUNTY_REVIEWER -> ReviewLevel.COUNTY;
			case CITY_REVIEWER -> ReviewLevel.CITY;
			case PROVINCE_REVIEWER -> ReviewLevel.PROVINCE;
			default -> null;
		});
	}

	static ApplicationStatus waiting(ReviewLevel level) {
		return switch (level) {
			case COUNTY -> ApplicationStatus.COUNTY_REVIEW;
			case CITY -> ApplicationStatus.CITY_REVIEW;
			case PROVINCE -> ApplicationStatus.PROVINCE_REVIEW;
			case EXPERT -> ApplicationStatus.EXPERT_REVIEW;
		};
	}

	static @Nullable ReviewLevel at(ApplicationStatus status) {
		return switch (status) {
			case COUNTY_REVIEW -> ReviewLevel.COUNTY;
			case CITY_REVIEW -> ReviewLevel.CITY;
			case PROVINCE_REVIEW -> ReviewLevel.PROVINCE;
			case EXPERT_REVIEW -> ReviewLevel.EXPERT;
			default -> null;
		};
	}

	/**
	 * The score sheets a caller may see (SPEC §2): a level sees its own and the lower levels', never a higher one's;
	 * the province and the system admin see every level; applicants and anyone else none.
	 */
	static List<ReviewLevel> visibleTo(Caller caller) {
		if (caller.role() == Role.SYSTEM_ADMIN) {
			return List.of(ReviewLevel.values());
		}
		return of(caller).map(level -> List.of(ReviewLevel.values()).subList(0, level.ordinal() + 1))
			.map(levels -> caller.role() == Role.PROVINCE_REVIEWER ? List.of(ReviewLevel.values()) : levels)
			.orElse(List.of());
	}

}
