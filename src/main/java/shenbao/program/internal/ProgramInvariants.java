package shenbao.program.internal;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import shenbao.program.AttachmentSlot;
import shenbao.program.DerivedValue;
import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Rule;
import shenbao.program.Section;

/** The checks every program file must pass before the platform starts. */
final class ProgramInvariants {

	/** Where the form templates a field offers for download live (served at /forms/). */
	static final String TEMPLATES = "static/forms/";

	private ProgramInvariants() {
	}

	static void check(String file, ProgramDefinition program) {
		Set<String> keys = new HashSet<>();
		for (int index = 0; index < program.sections().size(); index++) {
			Section section = program.sections().get(index);
			String path = "sections[" + index + "]";
			if (section.fields().isEmpty() && section.attachments().isEmpty()) {
				throw new ProgramFileException(file, path, "a section needs at least one field or attachment");
			}
			for (Field field : section.fields()) {
				unique(file, path, keys, field.key());
				checkField(file, path + "." + field.key(), field);
			}
			for (AttachmentSlot slot : section.attachments()) {
				unique(file, path, keys, slot.key());
			}
		}
		Map<String, FieldType> inputs = program.inputTypes();
		for (DerivedValue value : program.derived()) {
			unique(file, "derived", keys, value.key());
			numeric(file, "derived." + value.key(), inputs, value.numerator());
			numeric(file, "derived." + value.key(), inputs, value.denominator());
		}
		Set<String> indicatorKeys = new HashSet<>();
		for (Indicator indicator : program.indicators()) {
			String path = "indicators." + indicator.key();
			if (!indicatorKeys.add(indicator.key())) {
				throw new ProgramFileException(file, path, "duplicate indicator key");
			}
			if (indicator.max().signum() <= 0) {
				throw new ProgramFileException(file, path + ".max", "must be greater than 0");
			}
			if (indicator.evidence() != null && program.attachmentSlots().stream()
				.noneMatch(slot -> slot.key().equals(indicator.evidence()))) {
				throw new ProgramFileException(file, path + ".evidence", "no attachment slot " + indicator.evidence());
			}
			checkIndicatorInput(file, path, program, indicator);
		}
		Set<String> ruleKeys = new HashSet<>();
		for (EligibilityRule rule : program.eligibility()) {
			String path = "eligibility." + rule.key();
			if (!ruleKeys.add(rule.key())) {
				throw new ProgramFileException(file, path, "duplicate eligibility key");
			}
			checkEligibility(file, path, inputs, rule);
		}
		checkConditions(file, program);
		checkWindows(file, program);
		if ((program.chain().countyRanks() || program.chain().supplyDemand()) && !program.chain().hasCounty()) {
			throw new ProgramFileException(file, "chain.countyRanks", "only a chain with a COUNTY level ranks by county");
		}
		if (!program.chain().levels().containsAll(program.chain().scoringLevels())) {
			throw new ProgramFileException(file, "chain.scoring", "scoring levels must be review levels");
		}
	}

	private static void checkField(String file, String path, Field field) {
		if (field.template() != null
				&& !new org.springframework.core.io.ClassPathResource(TEMPLATES + field.template()).exists()) {
			throw new ProgramFileException(file, path + ".template", "no file " + TEMPLATES + field.template());
		}
		if (field.type() == FieldType.COUNTS && field.subKeys().isEmpty()) {
			throw new ProgramFileException(file, path, "a COUNTS field needs subKeys");
		}
		if (field.type() == FieldType.LEVEL && field.options().isEmpty()) {
			throw new ProgramFileException(file, path, "a LEVEL field needs options");
		}
		if (field.type() == FieldType.TABLE && field.columns().isEmpty()) {
			throw new ProgramFileException(file, path, "a TABLE field needs columns");
		}
		if (field.maxTicked() != null) {
			if (field.type() != FieldType.COUNTS
					|| field.subKeys().stream().anyMatch(sub -> sub.type() != FieldType.BOOLEAN)) {
				throw new ProgramFileException(file, path + ".maxTicked",
						"maxTicked needs a COUNTS field of BOOLEAN subKeys");
			}
			if (field.maxTicked() < 1 || field.maxTicked() >= field.subKeys().size()) {
				throw new ProgramFileException(file, path + ".maxTicked",
						"maxTicked must be at least 1 and fewer than the subKeys");
			}
		}
	}

	/**
	 * A section's or field's {@code when} reads a LEVEL or BOOLEAN field that is always shown (a choice that hides
	 * itself could never be undone) and names only values that field can take.
	 */
	private static void checkConditions(String file, ProgramDefinition program) {
		for (int index = 0; index < program.sections().size(); index++) {
			Section section = program.sections().get(index);
			String path = "sections[" + index + "]";
			checkConditions(file, path + ".when", program, section.when());
			for (Field field : section.fields()) {
				checkConditions(file, path + "." + field.key() + ".when", program, field.when());
			}
		}
	}

	private static void checkConditions(String file, String path, ProgramDefinition program,
			List<EligibilityRule.Condition> conditions) {
		for (EligibilityRule.Condition condition : conditions) {
			Field selector = program.field(condition.field())
				.orElseThrow(() -> new ProgramFileException(file, path, "no field " + condition.field()));
			if (!selector.when().isEmpty() || program.sections()
				.stream()
				.anyMatch(s -> !s.when().isEmpty() && s.fields().contains(selector))) {
				throw new ProgramFileException(file, path, "field " + selector.key() + " is itself conditional");
			}
			List<String> values = switch (selector.type()) {
				case LEVEL -> selector.options();
				case BOOLEAN -> List.of("true", "false");
				default -> throw new ProgramFileException(file, path,
						"field " + selector.key() + " must be LEVEL or BOOLEAN");
			};
			if (condition.in().isEmpty() || !values.containsAll(condition.in())) {
				throw new ProgramFileException(file, path,
						"values " + condition.in() + " must be among " + selector.key() + "'s " + values);
			}
		}
	}

	private static void checkIndicatorInput(String file, String path, ProgramDefinition program, Indicator indicator) {
		@Nullable Field field = program.field(indicator.input()).orElse(null);
		if (field == null) {
			if (program.derivedValue(indicator.input()).isPresent() && indicator.rule().inputType() == FieldType.NUMBER) {
				return;
			}
			throw new ProgramFileException(file, path + ".input", "no field or derived value " + indicator.input());
		}
		switch (indicator.rule()) {
			case Rule.Weighted weighted -> {
				expect(file, path, field, FieldType.COUNTS);
				Set<String> subKeys = new HashSet<>();
				field.subKeys().forEach(sub -> subKeys.add(sub.key()));
				if (!subKeys.equals(weighted.weights().keySet())) {
					throw new ProgramFileException(file, path + ".rule",
							"weights " + weighted.weights().keySet() + " must match the field's subKeys " + subKeys);
				}
			}
			case Rule.Level level -> {
				expect(file, path, field, FieldType.LEVEL);
				if (!new HashSet<>(field.options()).equals(level.points().keySet())) {
					throw new ProgramFileException(file, path + ".rule", "levels must match the field's options");
				}
			}
			case Rule.Flag flag -> expect(file, path, field, FieldType.BOOLEAN);
			case Rule.Pick pick -> {
				if (field.type() != FieldType.NUMBER && field.type() != FieldType.INTEGER) {
					throw new ProgramFileException(file, path, "field " + field.key() + " must be numeric");
				}
			}
			case Rule.Each each -> {
				if (!field.type().isNumeric()) {
					throw new ProgramFileException(file, path, "field " + field.key() + " must be numeric");
				}
			}
			case Rule.Threshold threshold -> numericField(file, path, field);
			case Rule.Bands bands -> numericField(file, path, field);
			case Rule.Step step -> numericField(file, path, field);
			case Rule.Meets meets -> numericField(file, path, field);
		}
	}

	private static void numericField(String file, String path, Field field) {
		if (!field.type().isNumeric()) {
			throw new ProgramFileException(file, path, "field " + field.key() + " must be numeric");
		}
	}

	private static void expect(String file, String path, Field field, FieldType type) {
		if (field.type() != type) {
			throw new ProgramFileException(file, path, "field " + field.key() + " must be " + type);
		}
	}

	private static void checkEligibility(String file, String path, Map<String, FieldType> inputs,
			EligibilityRule rule) {
		EligibilityRule.Check check = rule.check();
		if (!check.ratio().isEmpty()) {
			check.ratio().forEach(key -> numeric(file, path, inputs, key));
		}
		else if (check.rows() != null) {
			if (inputs.get(check.rows()) != FieldType.TABLE) {
				throw new ProgramFileException(file, path + ".check.rows", "no TABLE field " + check.rows());
			}
		}
		else {
			String key = check.value() != null ? check.value() : rule.key();
			if (!inputs.containsKey(key)) {
				throw new ProgramFileException(file, path + ".check", "no field " + key);
			}
		}
		for (EligibilityRule.Condition condition : rule.when()) {
			if (!inputs.containsKey(condition.field())) {
				throw new ProgramFileException(file, path + ".when", "no field " + condition.field());
			}
		}
	}

	private static void numeric(String file, String path, Map<String, FieldType> inputs, String key) {
		FieldType type = inputs.get(key);
		if (type == null || !type.isNumeric()) {
			throw new ProgramFileException(file, path, "no numeric field " + key);
		}
	}

	private static void unique(String file, String path, Set<String> keys, String key) {
		if (!keys.add(key)) {
			throw new ProgramFileException(file, path, "duplicate key " + key);
		}
	}

	private static void checkWindows(String file, ProgramDefinition program) {
		List<@Nullable LocalDateTime> order = new java.util.ArrayList<>();
		order.add(program.windows().apply().closes());
		order.add(program.windows().countyCloses());
		order.add(program.windows().cityCloses());
		order.add(program.windows().lettersClose());
		LocalDateTime previous = null;
		for (LocalDateTime time : order) {
			if (time == null) {
				continue;
			}
			if (previous != null && time.isBefore(previous)) {
				throw new ProgramFileException(file, "windows",
						"deadlines must follow each other: apply, county, city, letters");
			}
			previous = time;
		}
	}

}
