package shenbao.challenge;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a selected unit files: the period (e.g. 2025年第四季度), the plan item, the progress and completion in %, and
 * optionally a PDF it stored first ({@link shenbao.document.Documents#storePdf}, with its own unit as owner).
 */
public record ProgressDraft(String period, String planItem, String progress, @Nullable BigDecimal completionPct,
		java.util.@Nullable UUID fileId) {

	public ProgressDraft(String period, String planItem, String progress, @Nullable BigDecimal completionPct) {
		this(period, planItem, progress, completionPct, null);
	}

}
