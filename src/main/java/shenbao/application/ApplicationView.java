package shenbao.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import shenbao.scoring.ScoreSheet;

/**
 * An application as its unit and its reviewers see it: values, self-scores, evidence, the failing checks per
 * section (表单助手), the history, and what the rules make of the values ({@code suggested}: derived ratios and the
 * suggested score beside each self-score). A snapshot; change it through {@link Applications}.
 */
public record ApplicationView(long id, String programCode, String programName, long unitId, String unitName,
		String regionCode, ApplicationStatus status, long version, Map<String, Object> values,
		Map<String, BigDecimal> selfScores, List<Attachment> attachments, List<SectionChecks> checks,
		List<HistoryEntry> history, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt,
		ScoreSheet suggested) {

	public ApplicationView {
		values = Map.copyOf(values);
		selfScores = Map.copyOf(selfScores);
		attachments = List.copyOf(attachments);
		checks = List.copyOf(checks);
		history = List.copyOf(history);
	}

	/** This view after {@code saved}: its values, self-scores, version, checks and suggestions as just written. */
	public ApplicationView after(Applications.Saved saved) {
		return new ApplicationView(this.id, this.programCode, this.programName, this.unitId, this.unitName,
				this.regionCode, this.status, saved.version(), saved.values(), saved.selfScores(), this.attachments,
				saved.checks(), this.history, this.createdAt, saved.savedAt(), this.submittedAt, saved.sheet());
	}

	/** A self-score that differs from the rule's suggestion: the applicant may keep it, the reviewer sees the flag. */
	public boolean selfScoreDiffers(String indicator) {
		BigDecimal self = this.selfScores.get(indicator);
		return self != null && this.suggested.indicators()
			.stream()
			.filter(score -> score.key().equals(indicator))
			.anyMatch(score -> score.score().compareTo(self) != 0);
	}

	/** The application number people quote: program and a six-digit serial, e.g. ETC2026-000042. */
	public String number() {
		return number(this.programCode, this.id);
	}

	/** The number of application {@code id} of a program, as {@link #number()} shows it. */
	public static String number(String programCode, long id) {
		return programCode.replace("-", "").toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%06d", id);
	}

	/** While the application is returned: the reviewer's reason of the latest return (SPEC §3), else null. */
	public @Nullable String returnReason() {
		if (this.status != ApplicationStatus.RETURNED) {
			return null;
		}
		for (HistoryEntry entry : this.history.reversed()) {
			if (entry.to() == ApplicationStatus.RETURNED) {
				return entry.opinion();
			}
		}
		return null;
	}

	public int failingChecks() {
		return this.checks.stream().mapToInt(section -> section.problems().size()).sum();
	}

	/** One piece of evidence in a slot. */
	public record Attachment(long id, String slot, UUID fileId, String filename, long size, String sha256,
			Instant attachedAt) {
	}

	/** The failing checks of one section, as the 表单助手 lists them. */
	public record SectionChecks(String section, String title, List<Problem> problems) {

		public SectionChecks {
			problems = List.copyOf(problems);
		}

	}

	/** One failing check: the field or slot at fault and a Chinese message. */
	public record Problem(String field, String message) {
	}

	/** One row of the 办理记录. */
	public record HistoryEntry(String action, String actorName, String actorRole, @Nullable ApplicationStatus from,
			ApplicationStatus to, @Nullable String opinion, Instant at) {
	}

}
