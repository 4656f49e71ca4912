package shenbao.alliance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationStatus;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * An alliance year by year (SPEC §7.4): the formation (null for an alliance the province registered) and each
 * year's assessment, oldest first. Level totals are the reviewers' submitted score sheets the caller may see (the
 * province sees every level, a lead unit none); {@code suggestedTotal} is what the rules make of the filed figures.
 */
public record AllianceHistory(Alliance alliance, @Nullable Step formation, List<Year> years) {

	public AllianceHistory {
		years = List.copyOf(years);
	}

	/** The most recent assessment, or null before the first. */
	public @Nullable Year latest() {
		return this.years.isEmpty() ? null : this.years.getLast();
	}

	/** An application of the alliance's path (formation or one assessment) and where it stands. */
	public record Step(int year, long applicationId, String number, ApplicationStatus status,
			List<LevelTotal> levelTotals, BigDecimal suggestedTotal) {

		public Step {
			levelTotals = List.copyOf(levelTotals);
		}

	}

	/**
	 * One year's assessment: filed on the platform ({@code step} set, the summary read from its application) or
	 * recorded by the province for a year before it ({@code recordedTotal}, {@code recordedResult}).
	 */
	public record Year(int year, @Nullable Step step, @Nullable BigDecimal recordedTotal,
			@Nullable String recordedResult, Summary summary) {
	}

	/** A level's submitted total. */
	public record LevelTotal(ReviewLevel level, BigDecimal total, boolean locked) {
	}

	/** 004 附件4 甘肃省产业技术创新联盟年度工作总结提纲: its five parts. */
	public record Summary(@Nullable String leadUnit, @Nullable String work, @Nullable String results,
			@Nullable String nextYear, @Nullable String problems) {

		/** The keys of the five parts in the assessment program's form, in the outline's order. */
		public static final List<String> KEYS = List.of("summary_lead_unit", "summary_work", "summary_results",
				"summary_next_year", "summary_problems");

		/** The five parts in the outline's order; a part not written is null. */
		public List<@Nullable String> parts() {
			return java.util.Arrays.asList(this.leadUnit, this.work, this.results, this.nextYear, this.problems);
		}

	}

}
