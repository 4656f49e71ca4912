package shenbao.application.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;

/**
 * The form as the browser sends and shows it. Parameters are named {@code v.key}, {@code v.key.part},
 * {@code v.key[row].column} for values and {@code s.indicator} for self-scores. Parsing keeps what the user typed,
 * turns it into typed values, and records a message for text that is not a number (that key is then left out of
 * the save, so nothing typed is lost and nothing wrong is stored).
 */
public final class FormModel {

	private static final Pattern ROW = Pattern.compile("v\\.([a-z0-9_]+)\\[(\\d+)]\\.([a-z0-9_]+)");

	private final Map<String, String> shown = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

	private final Map<String, @Nullable Object> selfScores = new LinkedHashMap<>();

	private final Map<String, Integer> rows = new LinkedHashMap<>();

	/** What the page shows for a parameter: the typed text, or the stored value. */
	public String value(String name) {
		return this.shown.getOrDefault(name, "");
	}

	public boolean checked(String name) {
		return "true".equals(this.shown.get(name));
	}

	public @Nullable String error(String name) {
		return this.errors.get(name);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

	/** How many rows a TABLE field shows: the filled ones and one empty row to type into. */
	public int rows(String key) {
		return this.rows.getOrDefault(key, 0) + 1;
	}

	/** An element id for a parameter name ("v.key[0].col" → "v-key-0--col"), safe in CSS selectors. */
	public static String id(String name) {
		return name.replaceAll("[^A-Za-z0-9_]", "-");
	}

	/** Every parameter with an error placeholder on the page, so an answer can clear the ones now fixed. */
	public List<String> errorTargets(ProgramDefinition program) {
		List<String> names = new ArrayList<>();
		program.fields().forEach(field -> {
			names.add("v." + field.key());
			field.subKeys().forEach(part -> names.add("v." + field.key() + "." + part.key()));
		});
		program.indicators().forEach(indicator -> names.add("s." + indicator.key()));
		return names;
	}

	Map<String, @Nullable Object> values() {
		return this.values;
	}

	Map<String, @Nullable Object> selfScores() {
		return this.selfScores;
	}

	/** Records a refusal from the server's checks; its field name ("rd_staff", "selfScores.x") becomes a parameter. */
	void refused(String field, String message) {
		String name = field.startsWith("selfScores.") ? "s." + field.substring("selfScores.".length()) : "v." + field;
		this.errors.put(name, message);
		if (name.startsWith("v.")) {
			this.values.remove(fieldKey(name));
		}
		else {
			this.selfScores.remove(name.substring(2));
		}
	}

	/** The form filled from what is stored. */
	static FormModel of(ProgramDefinition program, Map<String, Object> stored, Map<String, BigDecimal> scores) {
		FormModel form = new FormModel();
		program.fields().forEach(field -> form.show(field, stored.get(field.key())));
		scores.forEach((key, score) -> form.shown.put("s." + key, plain(score)));
		return form;
	}

	/** The form as submitted; {@code notANumber} is the message for text that should have been a number. */
	static FormModel parse(ProgramDefinition program, Map<String, String[]> parameters, String notANumber) {
		FormModel form = new FormModel();
		for (Field field : program.fields().toList()) {
			String name = "v." + field.key();
			switch (field.type()) {
				case COUNTS -> {
					Map<String, Object> parts = new LinkedHashMap<>();
					for (Field.SubKey sub : field.subKeys()) {
						String partName = name + "." + sub.key();
						Object part = sub.type() == FieldType.BOOLEAN ? (Object) "true".equals(first(parameters, partName))
								: form.number(partName, first(parameters, partName), notANumber);
						if (part != null) {
							parts.put(sub.key(), part);
						}
					}
					form.values.put(field.key(), parts.isEmpty() && !field.required() ? null : parts);
				}
				case TABLE -> form.values.put(field.key(), form.table(field, parameters, notANumber));
				case BOOLEAN -> {
					boolean checked = "true".equals(first(parameters, name));
					form.shown.put(name, Boolean.toString(checked));
					form.values.put(field.key(), checked);
				}
				case NUMBER, INTEGER -> form.values.put(field.key(), form.number(name, first(parameters, name), notANumber));
				default -> {
					String text = first(parameters, name);
					form.shown.put(name, text == null ? "" : text);
					form.values.put(field.key(), text == null || text.isBlank() ? null : text.strip());
				}
			}
		}
		for (var indicator : program.indicators()) {
			String name = "s." + indicator.key();
			BigDecimal score = form.number(name, first(parameters, name), notANumber);
			if (!form.errors.containsKey(name)) {
				form.selfScores.put(indicator.key(), score);
			}
		}
		// a key with a typing error keeps its stored value: it is left out of the save, not cleared
		form.errors.keySet()
			.stream()
			.filter(name -> name.startsWith("v."))
			.forEach(name -> form.values.remove(fieldKey(name)));
		return form;
	}

	private static String fieldKey(String name) {
		String key = name.substring(2);
		int end = key.length();
		for (char stop : new char[] { '.', '[' }) {
			int index = key.indexOf(stop);
			if (index >= 0) {
				end = Math.min(end, index);
			}
		}
		return key.substring(0, end);
	}

	private @Nullable BigDecimal number(String name, @Nullable String text, String notANumber) {
		String typed = text == null ? "" : text.strip();
		this.shown.put(name, typed);
		if (typed.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(typed.replace("，", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			this.errors.put(name, notANumber);
			return null;
		}
	}

	private @Nullable List<Map<String, Object>> table(Field field, Map<String, String[]> parameters, String notANumber) {
		Map<Integer, Map<String, Object>> byRow = new TreeMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			Matcher matcher = ROW.matcher(parameter.getKey());
			if (!matcher.matches() || !matcher.group(1).equals(field.key())) {
				continue;
			}
			int row = Integer.parseInt(matcher.group(2));
			String column = matcher.group(3);
			Field.Column definition = field.columns().stream().filter(c -> c.key().equals(column)).findFirst().orElse(null);
			if (definition == null || row > 500) {
				continue;
			}
			String text = parameter.getValue().length == 0 ? "" : parameter.getValue()[0].strip();
			Map<String, Object> cells = byRow.computeIfAbsent(row, key -> new LinkedHashMap<>());
			if (definition.type().isNumeric()) {
				BigDecimal number = number(parameter.getKey(), text, notANumber);
				if (number != null) {
					cells.put(column, number);
				}
			}
			else {
				this.shown.put(parameter.getKey(), text);
				if (!text.isEmpty()) {
					cells.put(column, text);
				}
			}
		}
		List<Map<String, Object>> table = new ArrayList<>(byRow.values().stream().filter(row -> !row.isEmpty()).toList());
		this.rows.put(field.key(), byRow.isEmpty() ? 0 : byRow.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
		return table.isEmpty() ? null : table;
	}

	private void show(Field field, @Nullable Object value) {
		String name = "v." + field.key();
		if (value == null) {
			return;
		}
		switch (value) {
			case Map<?, ?> parts -> parts.forEach((part, partValue) -> this.shown.put(name + "." + part, text(partValue)));
			case List<?> table -> {
				for (int row = 0; row < table.size(); row++) {
					int index = row;
					((Map<?, ?>) table.get(row)).forEach(
							(column, cell) -> this.shown.put(name + "[" + index + "]." + column, text(cell)));
				}
				this.rows.put(field.key(), table.size());
			}
			default -> this.shown.put(name, text(value));
		}
	}

	private static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal number ? plain(number)
				: value instanceof Number number ? plain(new BigDecimal(number.toString())) : value.toString();
	}

	public static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[values.length - 1];
	}

}
