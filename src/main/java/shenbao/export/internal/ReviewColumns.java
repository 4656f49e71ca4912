package shenbao.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.expert.RankedApplication;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.export.internal.SummaryLayout.Column;

/**
 * The 汇总表's columns after the level scores (SPEC §12 "Complete exports"): per level of the chain the caller may
 * see, how many 核查清单 items it confirmed (技术创新示范企业); for the province, where the program has an expert round,
 * the experts' aggregation (count of sheets, mean, trimmed mean, rank).
 */
final class ReviewColumns {

	private ReviewColumns() {
	}

	/**
	 * @param checklistLevels the chain levels whose confirmations the caller may see; empty when the program has no
	 * 核查清单
	 * @param experts whether the expert columns are shown (province only, a round exists)
	 */
	static List<Column> of(ProgramDefinition program, List<ReviewLevel> checklistLevels, boolean experts,
			Texts texts) {
		List<Column> columns = new ArrayList<>();
		int items = program.indicators().size();
		for (ReviewLevel level : checklistLevels) {
			columns.add(new Column(
					texts.of("export.column.checklist", texts.of("review.level." + level.name()), items), 14,
					line -> line.review().confirmed().getOrDefault(level, 0), false));
		}
		if (experts) {
			columns.add(new Column(texts.of("export.column.expert-count"), 10,
					line -> expert(line) == null ? null : expert(line).experts(), false));
			columns.add(new Column(texts.of("export.column.expert-mean"), 12,
					line -> expert(line) == null ? null : expert(line).mean(), true));
			columns.add(new Column(texts.of("export.column.expert-trimmed-mean"), 14,
					line -> expert(line) == null ? null : expert(line).trimmedMean(), true));
			columns.add(new Column(texts.of("export.column.expert-rank"), 10,
					line -> expert(line) == null ? null : expert(line).rank(), false));
		}
		return columns;
	}

	private static @Nullable RankedApplication expert(SummaryLayout.Line line) {
		return line.review().expert();
	}

	/** What a row adds from review and expert review: confirmed checklist items per level, the expert result. */
	record Review(Map<ReviewLevel, Integer> confirmed, @Nullable RankedApplication expert) {

		static final Review NONE = new Review(Map.of(), null);

	}

}
