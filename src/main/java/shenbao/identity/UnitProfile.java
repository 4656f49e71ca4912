package shenbao.identity;

/**
 * An applicant unit as other modules see it: a read-only snapshot. {@code regionCode} is a 县区, or a 市州 without
 * counties (SPEC §4: required before any application).
 */
public record UnitProfile(long id, CreditCode creditCode, String name, UnitType type, String regionCode,
		String contactName, String contactPhone) {
}
