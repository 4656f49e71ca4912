package shenbao.program.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import shenbao.program.AttachmentSlot;
import shenbao.program.Bound;
import shenbao.program.DerivedValue;
import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Quotas;
import shenbao.program.ReviewChain;
import shenbao.program.Rule;
import shenbao.program.Section;
import shenbao.program.Windows;

/**
 * Turns one program file into a {@link ProgramDefinition}. A field that feeds an indicator may leave out its label,
 * type, unit and options: they come from the indicator, so the file says each thing once.
 */
final class ProgramFileReader {

	private static final Set<String> TOP_LEVEL = Set.of("code", "name", "year", "revision", "province", "source",
			"description", "windows", "chain", "quotas", "sections", "derived", "eligibility", "indicators",
			"pastSelections");

	private final RuleReader rules = new RuleReader();

	ProgramDefinition read(YamlNode root) {
		root.allowOnly(TOP_LEVEL);
		List<Indicator> indicators = root.list("indicators").stream().map(this::indicator).toList();
		Map<String, Indicator> indicatorsByInput = new HashMap<>();
		indicators.forEach(indicator -> indicatorsByInput.putIfAbsent(indicator.input(), indicator));
		List<DerivedValue> derived = root.list("derived").stream().map(this::derived).toList();
		List<Section> sections = root.list("sections")
			.stream()
			.map(node -> section(node, indicatorsByInput))
			.toList();
		return new ProgramDefinition(root.text("code"), root.text("name"), root.integer("year"),
				root.integer("revision"), root.text("province"), root.text("source"), root.optionalText("description"),
				windows(root.get("windows")), chain(root.get("chain")), quotas(root), sections, derived,
				root.list("eligibility").stream().map(this::eligibility).toList(), indicators,
				root.optionalText("pastSelections"));
	}

	private Indicator indicator(YamlNode node) {
		node.allowOnly(Set.of("key", "label", "unit", "max", "bonus", "rule", "text", "input", "evidence"));
		String key = node.text("key");
		return new Indicator(key, node.text("label"), node.optionalText("unit"), node.decimal("max"),
				node.flag("bonus", false), this.rules.read(node.get("rule")), node.text("text"),
				node.text("input", key), node.optionalText("evidence"));
	}

	private DerivedValue derived(YamlNode node) {
		node.allowOnly(Set.of("key", "label", "unit", "numerator", "denominator", "percent"));
		return new DerivedValue(node.text("key"), node.text("label"), node.optionalText("unit"),
				node.text("numerator"), node.text("denominator"), node.flag("percent", false));
	}

	private Section section(YamlNode node, Map<String, Indicator> indicatorsByInput) {
		node.allowOnly(Set.of("key", "title", "hint", "fields", "attachments", "when"));
		String key = node.text("key");
		List<Field> fields = node.list("fields").stream().map(field -> field(field, indicatorsByInput)).toList();
		List<AttachmentSlot> slots = node.list("attachments").stream().map(slot -> slot(slot, key)).toList();
		return new Section(key, node.text("title"), node.optionalText("hint"), fields, slots, when(node));
	}

	private Field field(YamlNode node, Map<String, Indicator> indicatorsByInput) {
		node.allowOnly(Set.of("key", "label", "type", "unit", "required", "subKeys", "options", "columns",
				"allowNegative", "maxLength", "template", "hint", "pledge", "maxTicked", "when"));
		String key = node.text("key");
		@Nullable Indicator indicator = indicatorsByInput.get(key);
		String label = node.has("label") ? node.text("label") : require(indicator, node, "label").label();
		FieldType type = node.has("type") ? fieldType(node.get("type"))
				: require(indicator, node, "type").rule().inputType();
		String unit = node.has("unit") ? node.text("unit") : (indicator != null ? indicator.unit() : null);
		List<String> options = node.has("options") ? node.texts("options") : defaultOptions(indicator);
		boolean pledge = node.flag("pledge", false);
		if (pledge && type != FieldType.BOOLEAN) {
			throw node.fail("a pledge must be a BOOLEAN field");
		}
		return new Field(key, label, type, unit, node.flag("required", true),
				node.list("subKeys").stream().map(this::subKey).toList(), options,
				node.list("columns").stream().map(this::column).toList(), node.flag("allowNegative", false),
				node.optionalInteger("maxLength"), node.optionalText("template"), node.optionalText("hint"), pledge,
				node.optionalInteger("maxTicked"), when(node));
	}

	private static Indicator require(@Nullable Indicator indicator, YamlNode node, String what) {
		if (indicator == null) {
			throw node.fail(what + " is required for a field that feeds no indicator");
		}
		return indicator;
	}

	private static List<String> defaultOptions(@Nullable Indicator indicator) {
		if (indicator != null && indicator.rule() instanceof Rule.Level level) {
			return List.copyOf(level.points().keySet());
		}
		return List.of();
	}

	private Field.SubKey subKey(YamlNode node) {
		node.allowOnly(Set.of("key", "label", "type"));
		FieldType type = node.has("type") ? fieldType(node.get("type")) : FieldType.INTEGER;
		if (type != FieldType.INTEGER && type != FieldType.NUMBER && type != FieldType.BOOLEAN) {
			throw node.fail("a sub-key is INTEGER, NUMBER or BOOLEAN");
		}
		return new Field.SubKey(node.text("key"), node.text("label"), type);
	}

	private Field.Column column(YamlNode node) {
		node.allowOnly(Set.of("key", "label", "type", "required", "options"));
		FieldType type = node.has("type") ? fieldType(node.get("type")) : FieldType.TEXT;
		return new Field.Column(node.text("key"), node.text("label"), type, node.flag("required", true),
				node.texts("options"));
	}

	private AttachmentSlot slot(YamlNode node, String section) {
		node.allowOnly(Set.of("key", "label", "required", "template"));
		return new AttachmentSlot(node.text("key"), node.text("label"), node.flag("required", true), section,
				node.optionalText("template"));
	}

	private EligibilityRule eligibility(YamlNode node) {
		node.allowOnly(Set.of("key", "label", "check", "when", "blocking", "text"));
		return new EligibilityRule(node.text("key"), node.text("label"), check(node.get("check")), when(node),
				node.flag("blocking", true), node.optionalText("text"));
	}

	/** {@code when: {field, in}} or a list of them, all of which must hold. */
	private static List<EligibilityRule.Condition> when(YamlNode node) {
		if (!node.has("when")) {
			return List.of();
		}
		List<YamlNode> conditions = node.get("when").raw().isArray() ? node.list("when") : List.of(node.get("when"));
		return conditions.stream().map(ProgramFileReader::condition).toList();
	}

	private static EligibilityRule.Condition condition(YamlNode node) {
		node.allowOnly(Set.of("field", "in"));
		return new EligibilityRule.Condition(node.text("field"), node.texts("in"));
	}

	private EligibilityRule.Check check(YamlNode node) {
		node.allowOnly(Set.of("value", "ratio", "percent", "rows", "all", "atLeast", "above", "atMost", "below",
				"oneOf", "isTrue"));
		List<String> ratio = node.texts("ratio");
		if (!ratio.isEmpty() && ratio.size() != 2) {
			throw node.get("ratio").fail("a ratio names [numerator, denominator]");
		}
		@Nullable Bound bound = RuleReader.optionalBound(node);
		List<String> oneOf = node.texts("oneOf");
		boolean isTrue = node.flag("isTrue", false);
		int tests = (bound != null ? 1 : 0) + (oneOf.isEmpty() ? 0 : 1) + (isTrue ? 1 : 0);
		if (tests != 1) {
			throw node.fail("a check needs exactly one of atLeast/above/atMost/below, oneOf, isTrue");
		}
		return new EligibilityRule.Check(node.optionalText("value"), ratio, node.flag("percent", false),
				node.optionalText("rows"), node.flag("all", false), bound, oneOf, isTrue);
	}

	private Windows windows(YamlNode node) {
		node.allowOnly(Set.of("apply", "county", "city", "letters"));
		YamlNode apply = node.get("apply").allowOnly(Set.of("opens", "closes"));
		Windows.Window window = new Windows.Window(apply.dateTime("opens"), apply.dateTime("closes"));
		if (!window.opens().isBefore(window.closes())) {
			throw apply.fail("opens must be before closes");
		}
		return new Windows(window, node.optionalDateTime("county"), node.optionalDateTime("city"),
				node.optionalDateTime("letters"));
	}

	private ReviewChain chain(YamlNode node) {
		node.allowOnly(Set.of("levels", "countyOptional", "scoring", "countyRanks", "supplyDemand"));
		List<ReviewChain.ReviewLevel> levels = node.list("levels").stream().map(ProgramFileReader::level).toList();
		if (levels.isEmpty()) {
			throw node.fail("levels must name at least one review level");
		}
		return new ReviewChain(levels, node.flag("countyOptional", false),
				node.list("scoring").stream().map(ProgramFileReader::level).toList(), node.flag("countyRanks", false),
				node.flag("supplyDemand", false));
	}

	private static ReviewChain.ReviewLevel level(YamlNode node) {
		try {
			return ReviewChain.ReviewLevel.valueOf(node.asText());
		}
		catch (IllegalArgumentException ex) {
			throw node.fail("unknown review level (COUNTY, CITY, PROVINCE, EXPERT)");
		}
	}

	private Quotas quotas(YamlNode root) {
		if (!root.has("quotas")) {
			return new Quotas(null, Map.of());
		}
		YamlNode node = root.get("quotas").allowOnly(Set.of("perCity", "cities"));
		Map<String, Integer> cities = node.has("cities") ? node.get("cities").entries(value -> {
			if (!value.raw().isIntegralNumber() || value.raw().intValue() < 0) {
				throw value.fail("expected a whole number ≥ 0");
			}
			return value.raw().intValue();
		}) : new LinkedHashMap<>();
		return new Quotas(node.optionalInteger("perCity"), cities);
	}

	private static FieldType fieldType(YamlNode node) {
		try {
			return FieldType.valueOf(node.asText());
		}
		catch (IllegalArgumentException ex) {
			throw node.fail("unknown field type (" + String.join(", ", names()) + ")");
		}
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>();
		for (FieldType type : FieldType.values()) {
			names.add(type.name());
		}
		return names;
	}

	static BigDecimal nonNegative(YamlNode node) {
		BigDecimal value = node.asDecimal();
		if (value.signum() < 0) {
			throw node.fail("must not be negative");
		}
		return value;
	}

}
