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
		List<DerivedValue> derived, List<EligibilityRule> eligibility, List<Indicator> indicators) {

	public ProgramDefinition {
		sections = List.copyOf(sections);
		derived = List.copyOf(derived);
		eligibility = List.copyOf(eligibility);
		indicators = List.copyOf(indicators);
	}

	public Stream<Field> fields() {
		return this.sections.stream().flatMap(section -> section.fields().stream());
	}

	public Optional<Field> field(String key) {
		return fields().filter(field -> field.key().equals(key)).findFirst();
	}

	public Optional<Indicator> indicator(String key) {
		return this.indicators.stream().filter(indicator -> indicator.key().equals(key)).findFirst();
	}

	public Optional<DerivedValue> derivedValue(String key) {
		return this.derived.stream().filter(value -> value.key().equals(key)).findFirst();
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
