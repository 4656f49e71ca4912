package shenbao.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationStatus;
import shenbao.dashboard.Dashboard;
import shenbao.dashboard.Dashboard.Band;
import shenbao.dashboard.Dashboard.CountRow;
import shenbao.dashboard.Dashboard.Deadline;
import shenbao.dashboard.Dashboard.LevelScoreDistribution;
import shenbao.dashboard.Dashboard.QuotaRow;
import shenbao.dashboard.Dashboard.ScoreDistribution;
import shenbao.dashboard.web.Chart.Series;
import shenbao.platform.Texts;
import shenbao.region.RegionLevel;
import tools.jackson.databind.json.JsonMapper;

/** Turns a {@link Dashboard} into the JSON of each chart; every label comes from the message bundles. */
@Component
class DashboardCharts {

	/** The key of a program's level-score chart: this prefix and the program code. */
	static final String LEVELS = "levels-";

	private final Texts texts;

	private final JsonMapper json;

	DashboardCharts(Texts texts, JsonMapper json) {
		this.texts = texts;
		this.json = json;
	}

	Map<String, String> of(Dashboard board) {
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("status", write(statuses(board)));
		charts.put("programs", write(counts(board, board.programs(), true)));
		charts.put("regions", write(counts(board, board.regions(), false)));
		charts.put("quotas", write(quotas(board)));
		charts.put("scores", write(scores(board.scores())));
		charts.put("deadlines", write(deadlines(board.deadlines())));
		board.levelScorePrograms()
			.keySet()
			.forEach(code -> charts.put(LEVELS + code, write(levelScores(board.levelScoresOf(code)))));
		return charts;
	}

	private Chart statuses(Dashboard board) {
		List<String> labels = board.statuses().stream().map(this::label).toList();
		List<Long> data = board.statuses().stream().map(status -> board.total().of(status)).toList();
		return new Chart("pie", false, false, labels, List.of(new Series(this.texts.of("dashboard.count"), data)));
	}

	private Chart counts(Dashboard board, List<CountRow> rows, boolean horizontal) {
		List<Series> series = new ArrayList<>();
		for (ApplicationStatus status : board.statuses()) {
			series.add(new Series(label(status), rows.stream().map(row -> row.counts().of(status)).toList()));
		}
		return new Chart("bar", horizontal, true, rows.stream().map(CountRow::name).toList(), series);
	}

	/** The province's chart has one bar per city (all programs together); a city's one bar per program. */
	private Chart quotas(Dashboard board) {
		Function<QuotaRow, String> category = board.level() == RegionLevel.PROVINCE ? QuotaRow::cityName
				: QuotaRow::programName;
		Map<String, int[]> sums = new LinkedHashMap<>();
		for (QuotaRow row : board.quotas()) {
			int[] sum = sums.computeIfAbsent(category.apply(row), key -> new int[2]);
			sum[0] += row.used();
			sum[1] += row.quota() == null ? 0 : Math.max(0, row.quota() - row.used());
		}
		List<Series> series = List.of(
				new Series(this.texts.of("dashboard.quota.used"), sums.values().stream().map(sum -> sum[0]).toList()),
				new Series(this.texts.of("dashboard.quota.left"), sums.values().stream().map(sum -> sum[1]).toList()));
		return new Chart("bar", board.level() != RegionLevel.PROVINCE, true, List.copyOf(sums.keySet()), series);
	}

	/** One series per program that has applications, over the bands of the program with the highest maximum. */
	private Chart scores(List<ScoreDistribution> distributions) {
		List<String> bands = distributions.stream()
			.map(ScoreDistribution::bands)
			.reduce((a, b) -> a.size() >= b.size() ? a : b)
			.orElse(List.of())
			.stream()
			.map(Band::label)
			.toList();
		List<Series> series = distributions.stream()
			.filter(distribution -> distribution.count() > 0)
			.map(distribution -> new Series(distribution.programName(), bands.stream()
				.map(label -> distribution.bands()
					.stream()
					.filter(band -> band.label().equals(label))
					.mapToInt(Band::count)
					.sum())
				.toList()))
			.toList();
		return new Chart("bar", false, false, bands, series);
	}

	/** One program's bands, one series per level it may see (experts last). */
	private Chart levelScores(List<LevelScoreDistribution> rows) {
		List<String> bands = rows.isEmpty() ? List.of() : rows.getFirst().bands().stream().map(Band::label).toList();
		List<Series> series = rows.stream()
			.map(row -> new Series(this.texts.of("dashboard.score-level." + row.level()),
					row.bands().stream().map(Band::count).toList()))
			.toList();
		return new Chart("bar", false, false, bands, series);
	}

	/** Days left per program, one series per level; a passed deadline shows as 0. */
	private Chart deadlines(List<Deadline> deadlines) {
		List<String> programs = deadlines.stream().map(Deadline::programName).distinct().toList();
		List<Series> series = new ArrayList<>();
		for (String level : List.of("APPLY", "COUNTY", "CITY", "LETTERS")) {
			if (deadlines.stream().noneMatch(deadline -> deadline.level().equals(level))) {
				continue;
			}
			List<Long> days = programs.stream()
				.map(program -> deadlines.stream()
					.filter(deadline -> deadline.programName().equals(program) && deadline.level().equals(level))
					.mapToLong(deadline -> Math.max(0, deadline.daysLeft()))
					.findFirst()
					.orElse(0))
				.toList();
			series.add(new Series(this.texts.of("dashboard.level." + level), days));
		}
		return new Chart("bar", true, false, programs, series);
	}

	private String label(ApplicationStatus status) {
		return this.texts.of("dashboard.status." + status.name());
	}

	private String write(Chart chart) {
		return this.json.writeValueAsString(chart);
	}

}
