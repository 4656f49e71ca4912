package shenbao.guide;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One row of the city's 申报指南 page: a program of its province with the province's window in force, the city's
 * guide for it (if any) and the county review setting in force for the city.
 */
public record ProgramGuide(String programCode, String programName, int year, LocalDateTime provinceOpens,
		LocalDateTime provinceCloses, @Nullable Guide guide, boolean countyReview, boolean countyOptional,
		@Nullable LocalDateTime countyCloses) {
}
