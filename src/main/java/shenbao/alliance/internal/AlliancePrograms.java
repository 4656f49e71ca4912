package shenbao.alliance.internal;

import shenbao.program.ProgramDefinition;

/**
 * Which programs belong to the alliance path, by code: one file per program and year, so the 2027 round is
 * {@code alliance-formation-2027} or the like and still begins with the same word.
 */
final class AlliancePrograms {

	private AlliancePrograms() {
	}

	static boolean isFormation(String programCode) {
		return programCode.startsWith("alliance-formation");
	}

	static boolean isAssessment(String programCode) {
		return programCode.startsWith("alliance-assessment");
	}

	static boolean isAssessment(ProgramDefinition program) {
		return isAssessment(program.code());
	}

}
