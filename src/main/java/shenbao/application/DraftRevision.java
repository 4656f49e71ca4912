package shenbao.application;

import java.time.Instant;
import java.util.Map;

/**
 * An earlier state of a draft: when it was kept and how many fields of each section it had filled, so the applicant
 * can pick the section to bring back.
 */
public record DraftRevision(long id, Instant savedAt, Map<String, Integer> filledBySection) {

	public DraftRevision {
		filledBySection = Map.copyOf(filledBySection);
	}

}
