package shenbao.expert.internal;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.expert.ConflictReason;
import shenbao.expert.ExpertProfile;
import shenbao.expert.ExpertProfile.Declaration;
import shenbao.region.Regions;

/**
 * SPEC §12 "Conflicts of interest you can trust": whether an expert may review an application, from what the expert
 * declared. A unit matches a declaration by its 统一社会信用代码 or by its name (spaces and the width of brackets
 * ignored): over-matching only costs an assignment, missing one costs the review its trust.
 */
@Component
class ConflictRules {

	private final Regions regions;

	ConflictRules(Regions regions) {
		this.regions = regions;
	}

	Optional<ConflictReason> check(ExpertProfile expert, Applicant applicant) {
		for (Declaration conflict : expert.conflicts()) {
			if ((conflict.applicationId() != null && conflict.applicationId() == applicant.applicationId())
					|| sameUnit(conflict.creditCode(), conflict.unitName(), applicant)) {
				return Optional.of(ConflictReason.DECLARED);
			}
		}
		if (sameUnit(expert.creditCode(), expert.unitName(), applicant)) {
			return Optional.of(ConflictReason.SAME_UNIT);
		}
		for (Declaration relationship : expert.relationships()) {
			if (sameUnit(relationship.creditCode(), relationship.unitName(), applicant)) {
				return Optional.of(ConflictReason.RELATIONSHIP);
			}
		}
		// Reading: "same region as declared" is the declared region and every region below it (a 市州 covers its
		// 县区); checked both ways so that a 市州 without counties matches whichever side declared it.
		String region = expert.regionCode();
		if (region != null && (this.regions.isWithin(applicant.regionCode(), region)
				|| this.regions.isWithin(region, applicant.regionCode()))) {
			return Optional.of(ConflictReason.SAME_REGION);
		}
		return Optional.empty();
	}

	private static boolean sameUnit(@Nullable String creditCode, @Nullable String unitName, Applicant applicant) {
		if (creditCode != null && applicant.creditCode() != null
				&& code(creditCode).equals(code(applicant.creditCode()))) {
			return true;
		}
		return unitName != null && !name(unitName).isEmpty() && name(unitName).equals(name(applicant.unitName()));
	}

	static String code(String creditCode) {
		return creditCode.strip().toUpperCase(Locale.ROOT);
	}

	static String name(String unitName) {
		return unitName.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
	}

}
