package shenbao.guide.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.guide.Guide;
import shenbao.guide.ProgramGuide;
import shenbao.platform.InvalidInput;

/**
 * The 编辑申报指南 form as typed (strings, so a refused value comes back as entered). Dates are days, as the notices
 * write them: the window opens at the start of {@code applyOpens} and closes at the end of {@code applyCloses}
 * ("4 月 20 日前" is 4-20 24:00), the county deadline at the end of its day; blank means the province's.
 */
record GuideForm(@Nullable Long id, @Nullable List<String> program, @Nullable String title, @Nullable String body,
		@Nullable String applyOpens, @Nullable String applyCloses, @Nullable String restricted,
		@Nullable String countyReview, @Nullable String countyCloses, @Nullable String published,
		@Nullable Integer version) {

	public List<String> programs() {
		return this.program == null ? List.of() : this.program.stream().filter(code -> !code.isBlank()).distinct().toList();
	}

	static GuideForm of(List<String> programs, @Nullable Guide guide, @Nullable ProgramGuide first) {
		String county = first == null ? null : String.valueOf(first.countyReview());
		String countyCloses = first == null || first.countyCloses() == null ? null : day(first.countyCloses(), true);
		if (guide == null) {
			return new GuideForm(null, programs, null, null, null, null, null, county, countyCloses, null, null);
		}
		return new GuideForm(guide.id(), programs, guide.title(), guide.bodyHtml(),
				guide.applyOpens() == null ? null : day(guide.applyOpens(), false),
				guide.applyCloses() == null ? null : day(guide.applyCloses(), true), String.valueOf(guide.restricted()),
				county, countyCloses, String.valueOf(guide.published()), guide.version());
	}

	@Nullable LocalDateTime opens() {
		LocalDate day = date("applyOpens", this.applyOpens);
		return day == null ? null : day.atStartOfDay();
	}

	@Nullable LocalDateTime closes() {
		return endOf("applyCloses", this.applyCloses);
	}

	@Nullable LocalDateTime countyDeadline() {
		return endOf("countyCloses", this.countyCloses);
	}

	@Nullable Boolean county() {
		return this.countyReview == null || this.countyReview.isBlank() ? null : Boolean.valueOf(this.countyReview);
	}

	boolean isRestricted() {
		return "true".equals(this.restricted);
	}

	@Nullable Boolean isPublished() {
		return "true".equals(this.published);
	}

	/** A close at midnight shows as the day before (its last day); an opening as its own day. */
	private static String day(LocalDateTime time, boolean close) {
		return (close && time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().minusDays(1)
				: time.toLocalDate()).toString();
	}

	private static @Nullable LocalDateTime endOf(String field, @Nullable String text) {
		LocalDate day = date(field, text);
		return day == null ? null : day.plusDays(1).atStartOfDay();
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException malformed) {
			throw InvalidInput.field(field, "guide.date.invalid", text);
		}
	}

}
