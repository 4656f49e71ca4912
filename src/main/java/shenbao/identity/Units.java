package shenbao.identity;

import java.util.Optional;

/** Read access to applicant units for other modules. */
public interface Units {

	Optional<UnitProfile> find(long unitId);

	/** The unit, or {@link shenbao.platform.NotFound}. */
	UnitProfile get(long unitId);

}
