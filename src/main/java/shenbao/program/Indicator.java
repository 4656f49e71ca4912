package shenbao.program;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A scoring indicator: its rule, its maximum and the seed's own sentence ({@code text}) that reviewers read beside
 * the score. {@code input} is the field or derived value it scores (by default its own key); {@code evidence} is the
 * attachment slot that proves it.
 */
public record Indicator(String key, String label, @Nullable String unit, BigDecimal max, boolean bonus, Rule rule,
		String text, String input, @Nullable String evidence) {
}
