package shenbao.program;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One input of the form. {@code subKeys} name the parts of a COUNTS field, {@code options} the choices of a LEVEL
 * field, {@code columns} the columns of a TABLE field. Numbers are ≥ 0 unless {@code allowNegative} (SPEC §7.3). A
 * {@code pledge} is a BOOLEAN that must be true to submit (告知承诺书, 真实性承诺). A COUNTS field of BOOLEAN parts may
 * cap how many are ticked ({@code maxTicked}, e.g. "最多“√”选 5 项"). A field with {@code when} conditions applies
 * (shown, required, printed) only while they hold.
 */
public record Field(String key, String label, FieldType type, @Nullable String unit, boolean required,
		List<SubKey> subKeys, List<String> options, List<Column> columns, boolean allowNegative,
		@Nullable Integer maxLength, @Nullable String template, @Nullable String hint, boolean pledge,
		@Nullable Integer maxTicked, List<EligibilityRule.Condition> when) {

	public Field {
		subKeys = List.copyOf(subKeys);
		options = List.copyOf(options);
		columns = List.copyOf(columns);
		when = List.copyOf(when);
	}

	public Field(String key, String label, FieldType type, @Nullable String unit, boolean required,
			List<SubKey> subKeys, List<String> options, List<Column> columns, boolean allowNegative,
			@Nullable Integer maxLength, @Nullable String template, @Nullable String hint, boolean pledge) {
		this(key, label, type, unit, required, subKeys, options, columns, allowNegative, maxLength, template, hint,
				pledge, null, List.of());
	}

	/** Whether the field applies to these values. */
	public boolean appliesTo(Map<String, ?> values) {
		return EligibilityRule.Condition.allHold(this.when, values);
	}

	/** How many BOOLEAN parts of a COUNTS value are ticked. */
	public static int ticked(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> parts)) {
			return 0;
		}
		return (int) parts.values().stream().filter(Boolean.TRUE::equals).count();
	}

	public boolean hasSubKey(String subKey) {
		return this.subKeys.stream().anyMatch(sub -> sub.key().equals(subKey));
	}

	/** A named part of a COUNTS field: an INTEGER count (default), a NUMBER or a BOOLEAN. */
	public record SubKey(String key, String label, FieldType type) {
	}

	/** A column of a TABLE field (e.g. 联合单位: name, credit code, type). */
	public record Column(String key, String label, FieldType type, boolean required, List<String> options) {

		public Column {
			options = List.copyOf(options);
		}

	}

}
