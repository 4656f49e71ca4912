package shenbao.challenge;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What a selected unit files: the period (e.g. 2025年第四季度), the plan item, the progress and completion in %. */
public record ProgressDraft(String period, String planItem, String progress, @Nullable BigDecimal completionPct) {
}
