package shenbao.guide;

import java.util.List;

/**
 * What an import of a named list did: the units now on the list, or, when any row was refused, nothing changed and
 * each refused row with its number as Excel shows it (header row 1) and a Chinese reason.
 */
public record UnitImport(int imported, List<RowProblem> problems) {

	public UnitImport {
		problems = List.copyOf(problems);
	}

	public record RowProblem(int row, String message) {
	}

}
