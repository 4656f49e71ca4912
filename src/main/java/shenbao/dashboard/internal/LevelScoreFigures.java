package shenbao.dashboard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import shenbao.dashboard.Dashboard.LevelScoreDistribution;
import shenbao.expert.ExpertPanels;
import shenbao.expert.RankedApplication;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.review.LevelScores;
import shenbao.review.ScoreSheets;

/**
 * The score distributions of the review levels (issue 7 point 6): the submitted sheets' totals per program and
 * level, read through {@link ScoreSheets} so that a level sees only its own and lower levels' sheets of its region,
 * and for the province the experts' aggregated mean per application where the program has an expert round.
 */
@Component
class LevelScoreFigures {

	/** Ids per query: keeps the IN lists short. */
	static final int CHUNK = 1000;

	private final ScoreSheets sheets;

	private final ExpertPanels experts;

	LevelScoreFigures(ScoreSheets sheets, ExpertPanels experts) {
		this.sheets = sheets;
		this.experts = experts;
	}

	/**
	 * @param programOf the program of each application of the caller's scope
	 */
	List<LevelScoreDistribution> of(Caller caller, List<ProgramDefinition> programs, Map<Long, String> programOf) {
		List<ReviewLevel> visible = this.sheets.visibleLevels(caller);
		Map<String, Map<ReviewLevel, List<BigDecimal>>> totals = new HashMap<>();
		List<Long> ids = List.copyOf(programOf.keySet());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.sheets.visibleSheets(caller, ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach((id, sheets) -> sheets.stream()
					.filter(LevelScores::locked)
					.forEach(sheet -> totals.computeIfAbsent(programOf.get(id), code -> new HashMap<>())
						.computeIfAbsent(sheet.level(), level -> new ArrayList<>())
						.add(sheet.total())));
		}
		List<LevelScoreDistribution> rows = new ArrayList<>();
		for (ProgramDefinition program : programs) {
			Map<ReviewLevel, List<BigDecimal>> byLevel = totals.getOrDefault(program.code(), Map.of());
			program.chain()
				.scoringLevels()
				.stream()
				.filter(visible::contains)
				.sorted()
				.forEach(level -> rows.add(Figures.levelDistribution(program, level.name(),
						byLevel.getOrDefault(level, List.of()))));
			if (caller.role() == Role.PROVINCE_REVIEWER) {
				Set<Long> inScope = new HashSet<>();
				programOf.forEach((id, code) -> {
					if (code.equals(program.code())) {
						inScope.add(id);
					}
				});
				this.experts.standing(caller, program.code())
					.map(standing -> standing.ranking()
						.stream()
						.filter(result -> result.mean() != null && inScope.contains(result.applicationId()))
						.map(RankedApplication::mean)
						.toList())
					.ifPresent(means -> rows.add(Figures.levelDistribution(program, ReviewLevel.EXPERT.name(), means)));
			}
		}
		return rows;
	}

}
