package shenbao.application;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import shenbao.identity.Caller;

/**
 * The applicant's side of an application: start, save as the user types, attach evidence, submit. Every lookup
 * goes through the caller's scope: an application outside it is "not found" (404), never "forbidden".
 */
public interface Applications {

	/**
	 * Starts the caller's unit's application for a program.
	 * @throws shenbao.platform.Conflict when the unit already has one for this program (one per unit, program, year)
	 * @throws shenbao.platform.RuleViolation when the window is not open or the unit's profile lacks its region
	 */
	ApplicationView start(Caller caller, String programCode);

	ApplicationView get(Caller caller, long id);

	/** The caller's unit's applications, newest first (我的项目). */
	List<ApplicationView> mine(Caller caller);

	/**
	 * Saves draft values and self-scores. With {@code replace} the given values are the whole form; otherwise they
	 * are merged by key, and a null value clears its key.
	 * @throws shenbao.platform.Conflict when {@code version} is stale or the application is not editable
	 * @throws shenbao.platform.InvalidInput naming every key at fault
	 */
	Saved save(Caller caller, long id, Map<String, ?> values, Map<String, ?> selfScores, long version, boolean replace);

	/** Streams a PDF into a slot, replacing what was there. */
	ApplicationView.Attachment attach(Caller caller, long id, String slot, InputStream content, String filename);

	/** Puts a file of the unit's 附件库 into a slot without uploading it again (the same stored file). */
	ApplicationView.Attachment attachFromLibrary(Caller caller, long id, String slot, long libraryItemId);

	void detach(Caller caller, long id, String slot);

	/** The stored file behind a slot, for preview and download, within the caller's scope. */
	UUID attachmentFile(Caller caller, long id, String slot);

	/**
	 * Re-checks everything on the server and hands the application to the first review level.
	 * @throws shenbao.platform.RuleViolation (422) with every failing check, or when the window has closed
	 * @throws shenbao.platform.Conflict (409) when it is already submitted
	 */
	ApplicationView submit(Caller caller, long id);

	/** Earlier states of the draft, newest first (SPEC §12: drafts never lose work). */
	List<DraftRevision> revisions(Caller caller, long id);

	/**
	 * Brings one section back as it was in an earlier state; the rest of the form stays as it is. The result is an
	 * ordinary save, so the current state is kept as a revision first.
	 * @throws shenbao.platform.Conflict when {@code version} is stale
	 */
	Saved restoreSection(Caller caller, long id, long revisionId, String section, long version);

	/**
	 * The caller's unit's messages, newest first; reading them marks them read.
	 */
	List<UnitMessage> readMessages(Caller caller);

	/** How many messages the caller's unit has not read yet. */
	int unreadMessages(Caller caller);

	/**
	 * The result of a save: the new version, the failing checks per section, and what was written with what the rules
	 * make of it ({@code values}, {@code selfScores}, {@code sheet}), so that a page can show the saved state without
	 * reading it back.
	 */
	record Saved(long version, List<ApplicationView.SectionChecks> checks, Map<String, Object> values,
			Map<String, BigDecimal> selfScores, shenbao.scoring.ScoreSheet sheet, java.time.Instant savedAt) {

		/** The suggested score per indicator, in the program's order. */
		public Map<String, BigDecimal> suggestedScores() {
			Map<String, BigDecimal> suggested = new java.util.LinkedHashMap<>();
			this.sheet.indicators().forEach(score -> suggested.put(score.key(), score.score()));
			return suggested;
		}

	}

}
