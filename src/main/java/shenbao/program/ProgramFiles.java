package shenbao.program;

import java.util.List;

import shenbao.program.internal.ProgramCatalog;

/** The program files bundled with the platform, read without a Spring context (for tools and rule tests). */
public final class ProgramFiles {

	private ProgramFiles() {
	}

	/** Every bundled program as its file says (windows not moved for demo data). */
	public static List<ProgramDefinition> bundled() {
		return ProgramCatalog.load(ProgramCatalog.LOCATION);
	}

}
