package shenbao.application.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView;
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
