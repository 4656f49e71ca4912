package shenbao.identity;

/** Published when a unit has registered itself with its first applicant account (for the audit trail and messages). */
public record UnitRegistered(long unitId, long accountId, String regionCode) {
}
