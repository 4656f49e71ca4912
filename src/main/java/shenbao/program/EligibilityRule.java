package shenbao.program;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One 申报条件. It applies only {@code when} all its conditions hold (e.g. the 遴选加入 path and one domain of
 * 智能制造生态合作伙伴); a {@code blocking} rule refuses submission, a non-blocking one only warns (SPEC §12).
 */
public record EligibilityRule(String key, String label, Check check, List<Condition> when, boolean blocking,
		@Nullable String text) {

	public EligibilityRule {
		when = List.copyOf(when);
	}

	/**
	 * What is compared: a value ({@code value}, by default the rule's key), a ratio of two values ({@code ratio},
	 * ×100 when {@code percent}), the number of rows of a TABLE ({@code rows}), or every part of a COUNTS field
	 * ({@code all}). Against: a bound, {@code oneOf} a list of texts, or {@code isTrue}.
	 */
	public record Check(@Nullable String value, List<String> ratio, boolean percent, @Nullable String rows,
			boolean all, @Nullable Bound bound, List<String> oneOf, boolean isTrue) {

		public Check {
			ratio = List.copyOf(ratio);
			oneOf = List.copyOf(oneOf);
		}

	}

	/** Applies the rule (or a section, or a field) only when {@code field}'s value is one of {@code in}. */
	public record Condition(String field, List<String> in) {

		public Condition {
			in = List.copyOf(in);
		}

		public boolean holds(Map<String, ?> values) {
			Object value = values.get(this.field);
			return value != null && this.in.contains(String.valueOf(value));
		}

		/** All conditions hold (none is "always"). */
		public static boolean allHold(List<Condition> conditions, Map<String, ?> values) {
			for (Condition condition : conditions) {
				if (!condition.holds(values)) {
					return false;
				}
			}
			return true;
		}

	}

}
