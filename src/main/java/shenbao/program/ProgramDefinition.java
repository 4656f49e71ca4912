package shenbao.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One program (专题) of one year, as its data file says: the form, the evidence slots, the eligibility checks, the
 * scoring indicators, quotas, windows and review chain. Immutable; an application stores the code and revision it
 * was scored with.
 */
public record ProgramDefinition(String code, String name, int year, int revision, String province, String source,
		@Nullable String description, Windows windows, ReviewChain chain, Quotas quotas, List<Section> sections,
		List<DerivedValue> derived, List<EligibilityRule> eligibility, List<Indicator> indicators,
		@Nullable String pastSelections) {

	public ProgramDefinition {
		sections = List.copyOf(sections);
		derived = List.copyOf(derived);
		eligibility = List.copyOf(eligibility);
		indicators = List.copyOf(indicators);
	}

	public ProgramDefinition(String code, String name, int year, int revision, String province, String source,
			@Nullable String description, Windows windows, ReviewChain chain, Quotas quotas, List<Section> sections,
			List<DerivedValue> derived, List<EligibilityRule> eligibility, List<Indicator> indicators) {
		this(code, name, year, revision, province, source, description, windows, chain, quotas, sections, derived,
				eligibility, indicators, null);
	}

	/** The sections that apply to these values (the form variant of the chosen domain), in order. */
	public List<Section> sectionsFor(Map<String, ?> values) {
		return this.sections.stream().filter(section -> section.appliesTo(values)).toList();
	}

	/** Whether the field with this key applies: its section and the field itself apply. */
	public boolean applies(String fieldKey, Map<String, ?> values) {
		for (Section section : this.sections) {
			for (Field field : section.fields()) {
				if (field.key().equals(fieldKey)) {
					return section.appliesTo(values) && field.appliesTo(values);
				}
			}
		}
		return true;
	}

	/** Whether any section or field of the form depends on other values (a form with variants). */
	public boolean hasVariants() {
		return this.sections.stream()
			.anyMatch(section -> !section.when().isEmpty()
					|| section.fields().stream().anyMatch(field -> !field.when().isEmpty()));
	}

	public Stream<Field> fields() {
		return this.sections.stream().flatMap(section -> section.fields().stream());
	}

	/*
	 * The lookups below are plain loops: validation, scoring and the form checks call them for every value of every
	 * save, and a stream pipeline per call cost more than the search itself (a few dozen keys).
	 */

	public Optional<Field> field(String key) {
		for (Section section : this.sections) {
			for (Field field : section.fields()) {
				if (field.key().equals(key)) {
					return Optional.of(field);
				}
			}
		}
		return Optional.empty();
	}

	public Optional<Indicator> indicator(String key) {
		for (Indicator indicator : this.indicators) {
			if (indicator.key().equals(key)) {
				return Optional.of(indicator);
			}
		}
		return Optional.empty();
	}

	public Optional<DerivedValue> derivedValue(String key) {
		for (DerivedValue value : this.derived) {
			if (value.key().equals(key)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	public List<AttachmentSlot> attachmentSlots() {
		return this.sections.stream().flatMap(section -> section.attachments().stream()).toList();
	}

	/**
	 * Every key a client may send a value for, with its type: the form's fields, then derived values (which a client
	 * may give directly instead of their raw figures).
	 */
	public Map<String, FieldType> inputTypes() {
		Map<String, FieldType> types = new LinkedHashMap<>();
		fields().forEach(field -> types.put(field.key(), field.type()));
		this.derived.forEach(value -> types.putIfAbsent(value.key(), FieldType.NUMBER));
		return types;
	}

	public List<Indicator> baseIndicators() {
		return this.indicators.stream().filter(indicator -> !indicator.bonus()).toList();
	}

	public List<Indicator> bonusIndicators() {
		return this.indicators.stream().filter(Indicator::bonus).toList();
	}

}
