package shenbao.guide;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A city's 申报指南: its programs, title and sanitised body, PDF, the application window the city set (null: the
 * province's), whether only named units may apply, and whether it is published (only then does it bind applicants).
 */
public record Guide(long id, String cityCode, List<String> programCodes, String title, String bodyHtml,
		@Nullable UUID pdfId, @Nullable String pdfFilename, @Nullable LocalDateTime applyOpens,
		@Nullable LocalDateTime applyCloses, boolean restricted, boolean published, int namedUnits, int version) {

	public Guide {
		programCodes = List.copyOf(programCodes);
	}

}
