package shenbao.application.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.application.ApplicationView.Attachment;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.Scoring;

/** Assembles the view of an application: evidence, suggested scores, failing checks and history. */
@Component
class ApplicationViews {

	private final Programs programs;

	private final Scoring scoring;

	private final FormChecks checks;

	private final AttachmentStore attachments;

	private final HistoryStore history;

	ApplicationViews(Programs programs, Scoring scoring, FormChecks checks, AttachmentStore attachments,
			HistoryStore history) {
		this.programs = programs;
		this.scoring = scoring;
		this.checks = checks;
		this.attachments = attachments;
		this.history = history;
	}

	/**
	 * The saved values in the forms the rules read: {@code validated} (the values the save was given, already
	 * validated) and the rest (values kept from before) validated here, as {@link Scoring#score} would. Called inside
	 * the save's transaction, so that a stored value the program no longer accepts refuses the save, as before.
	 */
	Map<String, Object> readable(String programCode, Map<String, Object> values, Map<String, Object> validated) {
		Map<String, Object> kept = new LinkedHashMap<>(values);
		kept.keySet().removeAll(validated.keySet());
		Map<String, Object> readable = new LinkedHashMap<>(this.scoring.validate(programCode, kept));
		readable.putAll(validated);
		return readable;
	}

	/**
	 * What a save answers: the new version, the failing checks and the suggested scores of the saved values.
	 * @param readable the saved values as {@link #readable} gave them
	 * @param filledSlots the evidence slots that hold a file
	 */
	Applications.Saved saved(String programCode, Map<String, Object> values, Map<String, BigDecimal> selfScores,
			Map<String, Object> readable, Set<String> filledSlots, long version, java.time.Instant savedAt) {
		ProgramDefinition program = this.programs.get(programCode);
		ScoreSheet sheet = this.scoring.scoreValidated(program.code(), readable);
		return new Applications.Saved(version, this.checks.check(program, values, filledSlots, sheet), values,
				selfScores, sheet, savedAt);
	}

	ApplicationView view(ApplicationRecord record) {
		ProgramDefinition program = this.programs.get(record.programCode());
		List<Attachment> evidence = this.attachments.list(record.id());
		ScoreSheet sheet = this.scoring.score(program.code(), record.values());
		return new ApplicationView(record.id(), program.code(), program.name(), record.unitId(), record.unitName(),
				record.regionCode(), record.status(), record.version(), record.values(), record.selfScores(), evidence,
				this.checks.check(program, record.values(), evidence, sheet), this.history.list(record.id()),
				record.createdAt(), record.updatedAt(), record.submittedAt(), sheet);
	}

}
