package shenbao.identity;

/** A unit that has just registered, with the username of its first applicant account. */
public record Registration(long unitId, String username) {
}
