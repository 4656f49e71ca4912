package shenbao.expert;

import java.util.List;

/**
 * What an automatic assignment did: how many assignments it made, and the applications it could not give enough
 * experts (every free panel member conflicted or at the load cap).
 */
public record AutoAssignment(int assigned, List<Shortfall> shortfalls) {

	public AutoAssignment {
		shortfalls = List.copyOf(shortfalls);
	}

	public record Shortfall(long applicationId, String number, int missing) {
	}

}
