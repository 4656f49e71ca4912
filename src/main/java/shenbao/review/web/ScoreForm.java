package shenbao.review.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationView;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.review.LevelScores;
import shenbao.review.ReviewDesk;

/**
 * The 评分 table of the detail page: per indicator its rule text and maximum, the applicant's self-score, the rule's
 * suggestion (flagged where they differ), the other levels' scores the caller may see, and the caller's own score as
 * stored or as just typed.
 */
record ScoreForm(List<LevelScores> others, List<Row> rows, @Nullable String ownTotal, String suggestedTotal) {

	static ScoreForm of(ReviewDesk desk, ProgramDefinition program, Map<String, String> typed,
			Map<String, String> errors) {
		ApplicationView view = desk.view();
		LevelScores own = desk.ownScores();
		List<LevelScores> others = desk.scores().stream().filter(sheet -> sheet.level() != desk.level()).toList();
		List<Row> rows = program.indicators().stream().map(indicator -> {
			String key = indicator.key();
			String suggested = view.suggested()
				.indicators()
				.stream()
				.filter(score -> score.key().equals(key))
				.findFirst()
				.map(score -> plain(score.score()))
				.orElse(null);
			List<@Nullable String> columns = others.stream().map(sheet -> plain(sheet.scores().get(key))).toList();
			String ownValue = typed.containsKey(key) ? typed.get(key)
					: own == null ? null : plain(own.scores().get(key));
			return new Row(indicator, plain(view.selfScores().get(key)), suggested, view.selfScoreDiffers(key),
					columns, ownValue, errors.get(key));
		}).toList();
		return new ScoreForm(others, rows, own == null ? null : plain(own.total()), plain(view.suggested().total()));
	}

	public String totalOf(LevelScores sheet) {
		return plain(sheet.total());
	}

	static @Nullable String plain(@Nullable BigDecimal number) {
		return number == null ? null : number.stripTrailingZeros().toPlainString();
	}

	/** One indicator's line. {@code others} follows {@link ScoreForm#others()} column by column. */
	record Row(Indicator indicator, @Nullable String self, @Nullable String suggested, boolean differs,
			List<@Nullable String> others, @Nullable String own, @Nullable String error) {

		public String max() {
			return plain(this.indicator.max());
		}

	}

}
