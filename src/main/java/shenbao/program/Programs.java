package shenbao.program;

import java.util.List;
import java.util.Optional;

/** The programs this deployment runs, as loaded from their data files. */
public interface Programs {

	List<ProgramDefinition> all();

	Optional<ProgramDefinition> find(String code);

	/** The program, or {@link shenbao.platform.NotFound} (404). */
	ProgramDefinition get(String code);

}
