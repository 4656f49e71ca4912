package shenbao.application.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationView;
import shenbao.application.ApplicationView.Attachment;
import shenbao.document.LibraryItem;
import shenbao.program.DerivedValue;
import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.Section;
import shenbao.scoring.ScoreSheet.IndicatorScore;

/**
 * What the form template reads besides the values: which indicators sit after which field (an indicator after the
 * field it scores, a ratio after its numerator), the suggested score and derived value of each, and the evidence
 * per slot. Shared with the review module's detail page (named interface {@code sheet}), which shows an application as
 * the preview does.
 */
@org.springframework.modulith.NamedInterface("sheet")
public record FormPage(ApplicationView view, ProgramDefinition program, FormModel form, String maxUploadMb,
		List<LibraryItem> library) {

	/** The read-only page of a stored application: the preview, and what reviewers read. */
	public static FormPage readOnly(ApplicationView view, ProgramDefinition program) {
		return new FormPage(view, program, FormModel.of(program, view.values(), view.selfScores()), "", List.of());
	}

	public List<Indicator> indicatorsAfter(String fieldKey) {
		List<Indicator> after = new ArrayList<>();
		for (Indicator indicator : this.program.indicators()) {
			String anchor = this.program.derivedValue(indicator.input()).map(DerivedValue::numerator).orElse(indicator.input());
			if (anchor.equals(fieldKey)) {
				after.add(indicator);
			}
		}
		return after;
	}

	public boolean isDerived(Indicator indicator) {
		return this.program.derivedValue(indicator.input()).isPresent();
	}

	public Optional<IndicatorScore> suggestion(String indicator) {
		return this.view.suggested().indicators().stream().filter(score -> score.key().equals(indicator)).findFirst();
	}

	public @Nullable String suggestedScore(String indicator) {
		return suggestion(indicator).map(score -> FormModel.plain(score.score())).orElse(null);
	}

	/** The figure an indicator is scored on, when it is a single number (derived ratios included). */
	public @Nullable String scoredValue(String indicator) {
		return suggestion(indicator).map(IndicatorScore::value)
			.filter(BigDecimal.class::isInstance)
			.map(value -> FormModel.plain(((BigDecimal) value).setScale(2, java.math.RoundingMode.HALF_UP)))
			.orElse(null);
	}

	public boolean selfScoreDiffers(String indicator) {
		return this.view.selfScoreDiffers(indicator);
	}

	public @Nullable Attachment attachment(String slot) {
		return this.view.attachments().stream().filter(a -> a.slot().equals(slot)).findFirst().orElse(null);
	}

	/** "52 KB" or "1.2 MB". */
	public static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
				java.math.RoundingMode.HALF_UP) + " MB";
	}

	public Map<String, Integer> failingBySection() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.view.checks().forEach(section -> counts.put(section.section(), section.problems().size()));
		return counts;
	}

	/** The sections of the chosen form variant, which the preview and the reviewers' page show. */
	public List<Section> visibleSections() {
		return this.program.sectionsFor(this.view.values());
	}

	/** Whether a section applies to the stored values (the chosen domain's form variant). */
	public boolean applies(Section section) {
		return section.appliesTo(this.view.values());
	}

	public boolean applies(Field field) {
		return field.appliesTo(this.view.values());
	}

	/**
	 * The conditions as the page's script reads them ({@code [{"field":"domain","in":[...]}]}), or nothing for a
	 * section or field that always applies. Values are program data; Thymeleaf escapes the attribute.
	 */
	public @Nullable String when(List<EligibilityRule.Condition> conditions) {
		if (conditions.isEmpty()) {
			return null;
		}
		StringBuilder json = new StringBuilder("[");
		for (var condition : conditions) {
			json.append(json.length() > 1 ? "," : "").append("{\"field\":").append(quoted(condition.field()))
				.append(",\"in\":[");
			for (int index = 0; index < condition.in().size(); index++) {
				json.append(index > 0 ? "," : "").append(quoted(condition.in().get(index)));
			}
			json.append("]}");
		}
		return json.append(']').toString();
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** The COUNTS fields with a most-ticks limit, whose counter the autosave answer refreshes. */
	public List<Field> tickLimited() {
		return this.program.fields().filter(field -> field.maxTicked() != null).toList();
	}

	public int ticked(Field field) {
		return Field.ticked(this.view.values().get(field.key()));
	}

	/** The labels of the ticked parts of a COUNTS field (its BOOLEAN sub-keys), in the field's order. */
	public List<String> tickedLabels(Field field) {
		return field.subKeys()
			.stream()
			.filter(part -> part.type() == FieldType.BOOLEAN)
			.filter(part -> this.form.checked(partName(field, part)))
			.map(Field.SubKey::label)
			.toList();
	}

	/** The parts of a COUNTS field that hold a figure, as "label figure" ("发明专利 3"), in the field's order. */
	public List<String> figures(Field field) {
		return field.subKeys()
			.stream()
			.filter(part -> part.type() != FieldType.BOOLEAN)
			.filter(part -> !this.form.value(partName(field, part)).isEmpty())
			.map(part -> part.label() + " " + this.form.value(partName(field, part)))
			.toList();
	}

	private static String partName(Field field, Field.SubKey part) {
		return "v." + field.key() + "." + part.key();
	}

	public boolean tickedOver(Field field) {
		return field.maxTicked() != null && ticked(field) > field.maxTicked();
	}

	public List<Integer> rowIndexes(String fieldKey) {
		List<Integer> indexes = new ArrayList<>();
		for (int index = 0; index < this.form.rows(fieldKey); index++) {
			indexes.add(index);
		}
		return indexes;
	}

}
