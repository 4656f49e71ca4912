package shenbao.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationView;
import shenbao.program.ProgramDefinition;

/**
 * What an assigned expert works on: the application (fields, evidence), the program's indicators, the caller's own
 * scores and, only once the round is closed, the panel's sheets without names ({@code panel}, empty before).
 */
public record ExpertSheet(ApplicationView view, ProgramDefinition program, Map<String, BigDecimal> scores,
		BigDecimal total, @Nullable Instant submittedAt, boolean roundClosed, List<PanelSheet> panel) {

	public ExpertSheet {
		scores = Map.copyOf(scores);
		panel = List.copyOf(panel);
	}

	public boolean submitted() {
		return this.submittedAt != null;
	}

	public boolean editable() {
		return this.submittedAt == null && !this.roundClosed;
	}

	/** One expert's submitted sheet after the round, labelled 专家 1, 2 … by order of submission. */
	public record PanelSheet(int number, Map<String, BigDecimal> scores, BigDecimal total, boolean own) {

		public PanelSheet {
			scores = Map.copyOf(scores);
		}

	}

}
