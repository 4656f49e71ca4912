package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.DerivedValue;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Rule;

/**
 * Checks raw values against a program's fields and turns them into the forms the rules read: {@link BigDecimal} for
 * numbers, {@link Boolean}, {@link String}, maps of sub-values, lists of rows. Every problem is collected, each
 * naming its key, so one answer lists them all.
 */
final class InputValidator {

	private final ProgramDefinition program;

	private final List<FieldProblem> problems = new ArrayList<>();

	private InputValidator(ProgramDefinition program) {
		this.program = program;
	}

	static Map<String, Object> validate(ProgramDefinition program, Map<String, ?> raw) {
		InputValidator validator = new InputValidator(program);
		Map<String, Object> values = validator.run(raw);
		if (!validator.problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", validator.problems);
		}
		return values;
	}

	private Map<String, Object> run(Map<String, ?> raw) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if (value == null) {
				continue;
			}
			@Nullable Field field = this.program.field(key).orElse(null);
			@Nullable Object normalized;
			if (field != null) {
				normalized = field(key, field, value);
			}
			else if (this.program.derivedValue(key).isPresent()) {
				normalized = derived(key, this.program.derivedValue(key).get(), value);
			}
			else {
				this.problems.add(FieldProblem.ofKey(key, "scoring.value.unknown-key", key));
				continue;
			}
			if (normalized != null) {
				values.put(key, normalized);
			}
		}
		return values;
	}

	private @Nullable Object field(String key, Field field, Object value) {
		return switch (field.type()) {
			case NUMBER, INTEGER -> pick(key, field, number(key, value, field.type(), field.allowNegative()));
			case TEXT -> text(key, value, field.maxLength());
			case DATE -> date(key, value);
			case BOOLEAN -> bool(key, value);
			case LEVEL -> level(key, value, field.options());
			case COUNTS -> counts(key, field, value);
			case TABLE -> table(key, field, value);
		};
	}

	private @Nullable Object derived(String key, DerivedValue derived, Object value) {
		boolean negative = this.program.field(derived.numerator()).map(Field::allowNegative).orElse(false);
		return number(key, value, FieldType.NUMBER, negative);
	}

	/** A reviewer-picked score must lie inside one of the named ranges (十分重要 7-10 …). */
	private @Nullable BigDecimal pick(String key, Field field, @Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		for (Indicator indicator : this.program.indicators()) {
			if (indicator.input().equals(field.key()) && indicator.rule() instanceof Rule.Pick pick
					&& pick.ranges().values().stream().noneMatch(range -> range.contains(value))) {
				String ranges = pick.ranges()
					.entrySet()
					.stream()
					.map(range -> range.getKey() + " " + range.getValue().from().toPlainString() + "-"
							+ range.getValue().to().toPlainString())
					.reduce((left, right) -> left + "，" + right)
					.orElse("");
				this.problems.add(FieldProblem.ofKey(key, "scoring.value.out-of-range", ranges));
				return null;
			}
		}
		return value;
	}

	private @Nullable BigDecimal number(String key, Object value, FieldType type, boolean allowNegative) {
		if (!(value instanceof Number number)) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-number"));
			return null;
		}
		BigDecimal decimal;
		try {
			decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
		}
		catch (NumberFormatException ex) {
			// NaN and infinities are numbers to Java but not to a form
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-number"));
			return null;
		}
		if (type == FieldType.INTEGER && decimal.stripTrailingZeros().scale() > 0) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-integer"));
			return null;
		}
		if (decimal.signum() < 0 && !allowNegative) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.negative"));
			return null;
		}
		return decimal;
	}

	private @Nullable String text(String key, Object value, @Nullable Integer maxLength) {
		if (!(value instanceof String text)) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-text"));
			return null;
		}
		if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.too-long", maxLength));
			return null;
		}
		return text;
	}

	private @Nullable String date(String key, Object value) {
		if (value instanceof String text) {
			try {
				return LocalDate.parse(text).toString();
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-date"));
		return null;
	}

	private @Nullable Boolean bool(String key, Object value) {
		if (!(value instanceof Boolean flag)) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-boolean"));
			return null;
		}
		return flag;
	}

	private @Nullable String level(String key, Object value, List<String> options) {
		if (!(value instanceof String text) || !options.contains(text)) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.unknown-level", String.valueOf(value),
					String.join("、", options)));
			return null;
		}
		return text;
	}

	private @Nullable Map<String, Object> counts(String key, Field field, Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			String names = String.join("、", field.subKeys().stream().map(Field.SubKey::key).toList());
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-object", names));
			return null;
		}
		Map<String, Object> counts = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String subKey = String.valueOf(entry.getKey());
			String path = key + "." + subKey;
			Field.SubKey sub = field.subKeys().stream().filter(s -> s.key().equals(subKey)).findFirst().orElse(null);
			if (sub == null) {
				this.problems.add(FieldProblem.ofKey(path, "scoring.value.unknown-sub-key", subKey));
				continue;
			}
			if (entry.getValue() == null) {
				continue;
			}
			Object normalized = sub.type() == FieldType.BOOLEAN ? bool(path, entry.getValue())
					: number(path, entry.getValue(), sub.type(), false);
			if (normalized != null) {
				counts.put(subKey, normalized);
			}
		}
		return counts;
	}

	private @Nullable List<Map<String, Object>> table(String key, Field field, Object value) {
		if (!(value instanceof List<?> list)) {
			this.problems.add(FieldProblem.ofKey(key, "scoring.value.not-table"));
			return null;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int index = 0; index < list.size(); index++) {
			String rowPath = key + "[" + index + "]";
			if (!(list.get(index) instanceof Map<?, ?> row)) {
				this.problems.add(FieldProblem.ofKey(rowPath, "scoring.value.not-row"));
				continue;
			}
			Map<String, Object> cells = new LinkedHashMap<>();
			for (Map.Entry<?, ?> cell : row.entrySet()) {
				String column = String.valueOf(cell.getKey());
				String path = rowPath + "." + column;
				Field.Column definition = field.columns()
					.stream()
					.filter(c -> c.key().equals(column))
					.findFirst()
					.orElse(null);
				if (definition == null) {
					this.problems.add(FieldProblem.ofKey(path, "scoring.value.unknown-column", column));
				}
				else if (cell.getValue() != null) {
					Object normalized = cell(path, definition, cell.getValue());
					if (normalized != null) {
						cells.put(column, normalized);
					}
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	private @Nullable Object cell(String path, Field.Column column, Object value) {
		return switch (column.type()) {
			case NUMBER, INTEGER -> number(path, value, column.type(), false);
			case BOOLEAN -> bool(path, value);
			case DATE -> date(path, value);
			case LEVEL -> level(path, value, column.options());
			default -> text(path, value, null);
		};
	}

}
