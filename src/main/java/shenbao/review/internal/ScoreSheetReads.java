package shenbao.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationReviews;
import shenbao.identity.Caller;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.review.LevelScores;
import shenbao.review.ScoreSheets;

/** {@link ScoreSheets}: two queries per batch, one for the scope, one for the sheets of the visible levels. */
@Service
class ScoreSheetReads implements ScoreSheets {

	private final ApplicationReviews applications;

	private final ScoreStore scores;

	ScoreSheetReads(ApplicationReviews applications, ScoreStore scores) {
		this.applications = applications;
		this.scores = scores;
	}

	@Override
	public List<ReviewLevel> visibleLevels(Caller caller) {
		return Levels.visibleTo(caller);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<LevelScores>> visibleSheets(Caller caller, Collection<Long> applicationIds) {
		List<ReviewLevel> levels = Levels.visibleTo(caller);
		if (levels.isEmpty() || applicationIds.isEmpty()) {
			return Map.of();
		}
		Set<Long> visible = this.applications.visibleIds(caller, applicationIds);
		return visible.isEmpty() ? Map.of() : this.scores.listAll(visible, levels);
	}

}
