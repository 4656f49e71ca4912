package shenbao.alliance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceHistory;
import shenbao.alliance.AllianceHistory.LevelTotal;
import shenbao.alliance.AllianceHistory.Step;
import shenbao.alliance.AllianceHistory.Summary;
import shenbao.alliance.AllianceHistory.Year;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.program.Programs;
import shenbao.review.LevelScores;
import shenbao.review.ScoreSheets;

/**
 * Puts an alliance's years together: its register rows, and for every year filed on the platform the application as
 * the caller may read it (status, the 年度工作总结 from its form, what the rules make of its figures) and the level
 * score sheets the caller may see, submitted ones only.
 */
@Component
class HistoryReader {

	private final AllianceStore store;

	private final Applications applications;

	private final ScoreSheets scoreSheets;

	private final Programs programs;

	HistoryReader(AllianceStore store, Applications applications, ScoreSheets scoreSheets, Programs programs) {
		this.store = store;
		this.applications = applications;
		this.scoreSheets = scoreSheets;
		this.programs = programs;
	}

	AllianceHistory history(Caller caller, Alliance alliance) {
		List<AllianceStore.YearRow> rows = this.store.years(alliance.id());
		List<Long> ids = new ArrayList<>();
		if (alliance.formationApplicationId() != null) {
			ids.add(alliance.formationApplicationId());
		}
		rows.stream().map(AllianceStore.YearRow::applicationId).filter(id -> id != null).forEach(ids::add);
		Map<Long, List<LevelScores>> sheets = this.scoreSheets.visibleSheets(caller, ids);
		Step formation = alliance.formationApplicationId() == null ? null
				: read(caller, alliance.formationApplicationId()).map(view -> step(view, sheets)).orElse(null);
		List<Year> years = new ArrayList<>();
		for (AllianceStore.YearRow row : rows) {
			if (row.applicationId() == null) {
				years.add(new Year(row.year(), null, row.recordedTotal(), row.recordedResult(), row.summary()));
				continue;
			}
			Optional<ApplicationView> view = read(caller, row.applicationId());
			years.add(new Year(row.year(), view.map(found -> step(found, sheets)).orElse(null), null, null,
					view.map(HistoryReader::summary).orElse(row.summary())));
		}
		return new AllianceHistory(alliance, formation, years);
	}

	private Optional<ApplicationView> read(Caller caller, long applicationId) {
		try {
			return Optional.of(this.applications.get(caller, applicationId));
		}
		catch (NotFound ex) {
			return Optional.empty();
		}
	}

	private Step step(ApplicationView view, Map<Long, List<LevelScores>> sheets) {
		List<LevelTotal> totals = sheets.getOrDefault(view.id(), List.of())
			.stream()
			.filter(LevelScores::locked)
			.map(sheet -> new LevelTotal(sheet.level(), sheet.total(), sheet.locked()))
			.toList();
		return new Step(this.programs.get(view.programCode()).year(), view.id(), view.number(), view.status(), totals,
				view.suggested().total());
	}

	private static Summary summary(ApplicationView view) {
		return new Summary(text(view, 0), text(view, 1), text(view, 2), text(view, 3), text(view, 4));
	}

	private static @Nullable String text(ApplicationView view, int part) {
		Object value = view.values().get(Summary.KEYS.get(part));
		return value == null ? null : value.toString();
	}

}
