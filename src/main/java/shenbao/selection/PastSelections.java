package shenbao.selection;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import shenbao.identity.Caller;

/** The lists of units selected in earlier batches, by list code (a program file's {@code pastSelections}). */
public interface PastSelections {

	/**
	 * The listed unit: the row with this credit code, else the row with exactly this name (the seed's rows carry no
	 * code).
	 */
	Optional<PastSelection> find(String listCode, String creditCode, String unitName);

	/** The rows the caller may see: the province all, a city or county reviewer its city's. */
	List<PastSelection> list(Caller caller, String listCode);

	/**
	 * Imports rows from the first sheet of an .xlsx (columns 单位名称, 统一社会信用代码, 批次, and 地市 / 所属领域 where
	 * given); the province for any city, a city for its own. A row already listed by name is updated.
	 */
	ImportReport importSheet(Caller caller, String listCode, InputStream content);

	/** What an import did, and each refused row with its number as Excel shows it and the reason. */
	record ImportReport(int added, int updated, List<RowProblem> problems) {

		public ImportReport {
			problems = List.copyOf(problems);
		}

	}

	record RowProblem(int row, String message) {
	}

}
