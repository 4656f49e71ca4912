package shenbao.identity;

/** Published when an applicant has saved its unit's profile; {@code version} is the version now stored. */
public record UnitProfileUpdated(long unitId, long accountId, long version) {
}
