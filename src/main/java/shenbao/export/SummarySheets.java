package shenbao.export;

import java.io.IOException;
import java.io.OutputStream;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * The 汇总表 of a program for the caller's scope (SPEC §8, §10): a county its county, a city its city or one of its
 * counties, the province everything or one city or county. Levels' scores appear as far as the caller may see them.
 */
public interface SummarySheets {

	/**
	 * Checks that the caller may have this 汇总表.
	 * @param regionCode a region inside the caller's own, or null (blank) for the whole scope
	 * @throws shenbao.platform.NotFound (404) for an unknown program, a region outside the caller's scope, and for
	 * callers who review nothing (applicants, experts)
	 */
	SummaryRequest check(Caller caller, String programCode, @Nullable String regionCode);

	/**
	 * Writes the workbook ({@code .xlsx}) to {@code out} and records the download in the audit trail. Rows are read
	 * in batches and written through a small window, so memory stays flat; {@code out} is written only after the
	 * rows have been read (no database connection is held while a slow client reads).
	 * @return the number of application rows written
	 */
	long download(Caller caller, SummaryRequest request, OutputStream out) throws IOException;

	/**
	 * Writes one workbook with one 汇总表 sheet per request (each checked with {@link #check}), in the given order,
	 * each sheet named for its program: a city's combined notice covering several programs (issue 8 point 5). Each
	 * program's download is recorded in the audit trail.
	 * @return the number of application rows written, all sheets together
	 */
	long downloadCombined(Caller caller, java.util.List<SummaryRequest> requests, OutputStream out) throws IOException;

}
