package shenbao.credit;

import java.util.List;

/** What an import of the 失信 list did: rows added or updated, and each row it refused with the reason. */
public record ImportResult(int added, int updated, List<RowProblem> problems) {

	public ImportResult {
		problems = List.copyOf(problems);
	}

	/** A refused row: its number as Excel shows it (from 1, header included) and a Chinese reason. */
	public record RowProblem(int row, String message) {
	}

}
