package shenbao.program;

import org.jspecify.annotations.Nullable;

/**
 * A value computed from raw figures the form asks for: numerator / denominator, times 100 when {@code percent}
 * (研发经费支出占主营业务收入的比重 = 研发经费 / 主营业务收入 × 100).
 */
public record DerivedValue(String key, String label, @Nullable String unit, String numerator, String denominator,
		boolean percent) {
}
