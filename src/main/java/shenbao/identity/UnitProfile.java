package shenbao.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An applicant unit as other modules see it: a read-only snapshot. {@code regionCode} is a 县区, or a 市州 without
 * counties (SPEC §4: required before any application). {@code industry} (所属行业) and {@code establishedOn}
 * (成立日期) are optional: the reviewers' 企业管理 list shows them where the unit gave them.
 */
public record UnitProfile(long id, CreditCode creditCode, String name, UnitType type, String regionCode,
		String contactName, String contactPhone, @Nullable String industry, @Nullable LocalDate establishedOn) {
}
