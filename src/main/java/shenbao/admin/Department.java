package shenbao.admin;

import java.util.List;

/** A department (科室) of a city's or county's bureau, with its member count and the programs it is responsible for. */
public record Department(long id, String regionCode, String name, int members, List<String> programCodes,
		long version) {

	public Department {
		programCodes = List.copyOf(programCodes);
	}

	/** Only an empty department may be deleted: no members and responsible for no program. */
	public boolean isEmpty() {
		return this.members == 0 && this.programCodes.isEmpty();
	}

}
