package shenbao.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import shenbao.application.ApplicationCount;
import shenbao.application.ApplicationStatus;
import shenbao.dashboard.Dashboard.Band;
import shenbao.dashboard.Dashboard.Counts;
import shenbao.dashboard.Dashboard.LevelScoreDistribution;
import shenbao.dashboard.Dashboard.ScoreDistribution;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;

/** The arithmetic of the board, kept apart from where the numbers come from so that it can be tested alone. */
final class Figures {

	private Figures() {
	}

	static Counts counts(Collection<ApplicationCount> rows) {
		Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
		long total = 0;
		for (ApplicationCount row : rows) {
			byStatus.merge(row.status(), row.count(), Long::sum);
			total += row.count();
		}
		return new Counts(byStatus, total);
	}

	/** The fixed bands of {@link LevelScoreDistribution} over the given totals, with count, mean, min and max. */
	static LevelScoreDistribution levelDistribution(ProgramDefinition program, String level,
			List<BigDecimal> totals) {
		List<Integer> bounds = LevelScoreDistribution.BOUNDS;
		int[] counts = new int[bounds.size() + 1];
		for (BigDecimal total : totals) {
			int band = 0;
			while (band < bounds.size() && total.compareTo(BigDecimal.valueOf(bounds.get(band))) >= 0) {
				band++;
			}
			counts[band]++;
		}
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i <= bounds.size(); i++) {
			String label = i == 0 ? "0–" + bounds.getFirst()
					: i == bounds.size() ? bounds.getLast() + "+" : bounds.get(i - 1) + "–" + bounds.get(i);
			bands.add(new Band(label, counts[i]));
		}
		if (totals.isEmpty()) {
			return new LevelScoreDistribution(program.code(), program.name(), level, bands, 0, null, null, null);
		}
		BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new LevelScoreDistribution(program.code(), program.name(), level, bands, totals.size(),
				sum.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP),
				totals.stream().min(BigDecimal::compareTo).orElseThrow(),
				totals.stream().max(BigDecimal::compareTo).orElseThrow());
	}

	/**
	 * Bands of {@link ScoreDistribution#BAND} points from 0 up to the program's maximum total (base and bonus
	 * indicators); a total on a band's lower bound belongs to that band, the maximum itself to the last one.
	 */
	static ScoreDistribution distribution(ProgramDefinition program, List<BigDecimal> totals) {
		BigDecimal maxTotal = program.indicators().stream().map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
		int bandCount = Math.max(1, maxTotal.divide(BigDecimal.valueOf(ScoreDistribution.BAND), 0, RoundingMode.CEILING)
			.intValue());
		int[] counts = new int[bandCount];
		for (BigDecimal total : totals) {
			int band = total.divideToIntegralValue(BigDecimal.valueOf(ScoreDistribution.BAND)).intValue();
			counts[Math.clamp(band, 0, bandCount - 1)]++;
		}
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < bandCount; i++) {
			int from = i * ScoreDistribution.BAND;
			int to = Math.min((i + 1) * ScoreDistribution.BAND, Math.max(maxTotal.intValue(), from + 1));
			bands.add(new Band(from + "–" + to, counts[i]));
		}
		if (totals.isEmpty()) {
			return new ScoreDistribution(program.code(), program.name(), maxTotal, bands, 0, null, null, null);
		}
		BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ScoreDistribution(program.code(), program.name(), maxTotal, bands, totals.size(),
				sum.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP),
				totals.stream().min(BigDecimal::compareTo).orElseThrow(),
				totals.stream().max(BigDecimal::compareTo).orElseThrow());
	}

}
