package shenbao.export;

import org.jspecify.annotations.Nullable;

/**
 * A 汇总表 the caller may have: the program, the region (null: the caller's whole scope), the region's name for the
 * sheet, how many rows it had when checked, and the file name to offer.
 */
public record SummaryRequest(String programCode, String programName, @Nullable String regionCode, String regionName,
		long expectedRows, String filename) {
}
