package shenbao.dashboard;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationStatus;
import shenbao.region.Region;
import shenbao.region.RegionLevel;

/**
 * The board of one scope (a province, city or county). Counts leave drafts out, as every reviewer's list does.
 * {@code statuses} are the columns of the count tables, in lifecycle order.
 */
public record Dashboard(Region scope, RegionLevel level, OffsetDateTime generatedAt, List<ApplicationStatus> statuses,
		Counts total, List<CountRow> programs, List<CountRow> regions, List<QuotaRow> quotas,
		List<ScoreDistribution> scores, List<LevelScoreDistribution> levelScores, List<Deadline> deadlines) {

	/** The programs that have level or expert scores to show, as code → name, in program order. */
	public Map<String, String> levelScorePrograms() {
		Map<String, String> programs = new java.util.LinkedHashMap<>();
		this.levelScores.stream()
			.filter(row -> row.count() > 0)
			.forEach(row -> programs.putIfAbsent(row.programCode(), row.programName()));
		return programs;
	}

	/** The level rows of one program, lowest level first, experts last. */
	public List<LevelScoreDistribution> levelScoresOf(String programCode) {
		return this.levelScores.stream().filter(row -> row.programCode().equals(programCode)).toList();
	}

	/** The close time of a program at a level (APPLY, COUNTY, CITY, LETTERS), null when none applies. */
	public @Nullable Deadline deadline(String programCode, String level) {
		return this.deadlines.stream()
			.filter(deadline -> deadline.programCode().equals(programCode) && deadline.level().equals(level))
			.findFirst()
			.orElse(null);
	}

	/** The levels that have a close time for some program, in order. */
	public List<String> deadlineLevels() {
		return java.util.stream.Stream.of("APPLY", "COUNTY", "CITY", "LETTERS")
			.filter(level -> this.deadlines.stream().anyMatch(deadline -> deadline.level().equals(level)))
			.toList();
	}

	/** The programs with quotas, as code → name, in program order. */
	public Map<String, String> quotaPrograms() {
		Map<String, String> programs = new java.util.LinkedHashMap<>();
		this.quotas.forEach(row -> programs.putIfAbsent(row.programCode(), row.programName()));
		return programs;
	}

	/** The cities of the quota table, as code → name. */
	public Map<String, String> quotaCities() {
		Map<String, String> cities = new java.util.LinkedHashMap<>();
		this.quotas.forEach(row -> cities.putIfAbsent(row.cityCode(), row.cityName()));
		return cities;
	}

	public @Nullable QuotaRow quota(String programCode, String cityCode) {
		return this.quotas.stream()
			.filter(row -> row.programCode().equals(programCode) && row.cityCode().equals(cityCode))
			.findFirst()
			.orElse(null);
	}

	/** Applications per status, with their sum. */
	public record Counts(Map<ApplicationStatus, Long> byStatus, long total) {

		public long of(ApplicationStatus status) {
			return this.byStatus.getOrDefault(status, 0L);
		}

	}

	/** One program's or one region's counts. */
	public record CountRow(String code, String name, Counts counts) {
	}

	/** A city's places for a program: {@code quota} null when the program sets none. */
	public record QuotaRow(String programCode, String programName, String cityCode, String cityName,
			@Nullable Integer quota, int used) {
	}

	/**
	 * Self-score totals of a program's applications in bands of {@link #BAND} points, from 0 to the program's
	 * maximum (the last band includes its upper bound).
	 */
	public record ScoreDistribution(String programCode, String programName, BigDecimal maxTotal, List<Band> bands,
			int count, @Nullable BigDecimal mean, @Nullable BigDecimal min, @Nullable BigDecimal max) {

		public static final int BAND = 10;

	}

	public record Band(String label, int count) {
	}

	/**
	 * The totals one review level gave a program's applications (submitted sheets only), or for {@code EXPERT} the
	 * experts' aggregated mean per application, in fixed bands: below 60, 60–70, 70–80, 80–90, 90 and above (a
	 * total on a band's lower bound belongs to that band). Only levels the caller may see appear (SPEC §2).
	 */
	public record LevelScoreDistribution(String programCode, String programName, String level, List<Band> bands,
			int count, @Nullable BigDecimal mean, @Nullable BigDecimal min, @Nullable BigDecimal max) {

		/** The lower bounds of the bands after the first. */
		public static final List<Integer> BOUNDS = List.of(60, 70, 80, 90);

	}

	/**
	 * One close time in force for the scope: {@code level} is APPLY, COUNTY, CITY or LETTERS; {@code daysLeft} counts
	 * whole days from now (negative once passed).
	 */
	public record Deadline(String programCode, String programName, String level, LocalDateTime closes,
			OffsetDateTime closesAt, long daysLeft, boolean passed) {
	}

}
