package shenbao.program.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A node of a program file that knows its path, so that every mistake in a file names the file, the YAML path and
 * the reason ("etc-2026.yaml: indicators[3].max: expected a number").
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final JsonNode node;

	YamlNode(String file, String path, JsonNode node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	String path() {
		return this.path;
	}

	JsonNode raw() {
		return this.node;
	}

	boolean has(String key) {
		JsonNode child = this.node.get(key);
		return child != null && !child.isNull();
	}

	YamlNode get(String key) {
		if (!has(key)) {
			throw error(key, "is required");
		}
		return child(key, this.node.get(key));
	}

	String text(String key) {
		YamlNode child = get(key);
		if (!child.node.isString() && !child.node.isNumber()) {
			throw child.fail("expected text");
		}
		String text = child.node.asString().trim();
		if (text.isEmpty()) {
			throw child.fail("must not be empty");
		}
		return text;
	}

	@Nullable String optionalText(String key) {
		return has(key) ? text(key) : null;
	}

	String text(String key, String fallback) {
		return has(key) ? text(key) : fallback;
	}

	BigDecimal decimal(String key) {
		return get(key).asDecimal();
	}

	@Nullable BigDecimal optionalDecimal(String key) {
		return has(key) ? decimal(key) : null;
	}

	BigDecimal asDecimal() {
		if (!this.node.isNumber()) {
			throw fail("expected a number");
		}
		return this.node.decimalValue();
	}

	String asText() {
		if (!this.node.isString() && !this.node.isNumber()) {
			throw fail("expected text");
		}
		return this.node.asString();
	}

	int integer(String key) {
		YamlNode child = get(key);
		if (!child.node.isIntegralNumber()) {
			throw child.fail("expected a whole number");
		}
		return child.node.intValue();
	}

	@Nullable Integer optionalInteger(String key) {
		return has(key) ? integer(key) : null;
	}

	boolean flag(String key, boolean fallback) {
		if (!has(key)) {
			return fallback;
		}
		YamlNode child = get(key);
		if (!child.node.isBoolean()) {
			throw child.fail("expected true or false");
		}
		return child.node.booleanValue();
	}

	LocalDateTime dateTime(String key) {
		String text = text(key);
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw get(key).fail("expected a local date-time such as 2026-05-31T00:00");
		}
	}

	@Nullable LocalDateTime optionalDateTime(String key) {
		return has(key) ? dateTime(key) : null;
	}

	List<YamlNode> list(String key) {
		if (!has(key)) {
			return List.of();
		}
		YamlNode child = get(key);
		if (!child.node.isArray()) {
			throw child.fail("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		for (int index = 0; index < child.node.size(); index++) {
			items.add(new YamlNode(this.file, child.path + "[" + index + "]", child.node.get(index)));
		}
		return items;
	}

	List<String> texts(String key) {
		return list(key).stream().map(YamlNode::asText).toList();
	}

	/** The entries of a mapping, in file order. */
	<T> Map<String, T> entries(Function<YamlNode, T> reader) {
		if (!this.node.isObject()) {
			throw fail("expected a mapping");
		}
		Map<String, T> entries = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : this.node.properties()) {
			entries.put(entry.getKey(), reader.apply(child(entry.getKey(), entry.getValue())));
		}
		return entries;
	}

	Set<String> keys() {
		if (!this.node.isObject()) {
			throw fail("expected a mapping");
		}
		return Set.copyOf(this.node.propertyNames());
	}

	/** Refuses keys the vocabulary does not know, so a typo cannot silently drop a rule. */
	YamlNode allowOnly(Set<String> allowed) {
		for (String key : keys()) {
			if (!allowed.contains(key)) {
				throw error(key, "unknown key (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
		return this;
	}

	ProgramFileException fail(String reason) {
		return new ProgramFileException(this.file, this.path, reason);
	}

	private ProgramFileException error(String key, String reason) {
		return new ProgramFileException(this.file, childPath(key), reason);
	}

	private YamlNode child(String key, JsonNode value) {
		return new YamlNode(this.file, childPath(key), value);
	}

	private String childPath(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

}
