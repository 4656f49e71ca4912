package shenbao.expert.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationView;
import shenbao.expert.ExpertSheet;
import shenbao.program.Field;
import shenbao.program.Indicator;
import shenbao.program.Section;

/**
 * The detail page's model: the application's sections as label and display text per field, its evidence per slot,
 * and the score form's values (what the expert typed when a save was refused, else what is stored).
 */
public record SheetPage(ExpertSheet sheet, List<SectionRows> sections, Map<String, String> typed) {

	static SheetPage of(ExpertSheet sheet, Map<String, String> typed, String yes, String no) {
		ApplicationView view = sheet.view();
		List<SectionRows> sections = new ArrayList<>();
		for (Section section : sheet.program().sectionsFor(view.values())) {
			List<FieldRow> fields = section.fields()
				.stream()
				.filter(field -> field.appliesTo(view.values()))
				.map(field -> new FieldRow(field.label(), text(field, view.values().get(field.key()), yes, no),
						field.unit()))
				.toList();
			List<SlotRow> slots = section.attachments()
				.stream()
				.map(slot -> new SlotRow(slot.label(), view.attachments()
					.stream()
					.filter(attachment -> attachment.slot().equals(slot.key()))
					.findFirst()
					.orElse(null)))
				.toList();
			sections.add(new SectionRows(section.title(), fields, slots));
		}
		return new SheetPage(sheet, sections, typed);
	}

	/** The score field's value: as typed after a refusal, else the stored score, else empty. */
	public String score(Indicator indicator) {
		String typedValue = this.typed.get(indicator.key());
		if (typedValue != null) {
			return typedValue;
		}
		BigDecimal stored = this.sheet.scores().get(indicator.key());
		return stored == null ? "" : stored.stripTrailingZeros().toPlainString();
	}

	public String format(@Nullable BigDecimal value) {
		return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String text(Field field, @Nullable Object value, String yes, String no) {
		if (value == null) {
			return "";
		}
		return switch (field.type()) {
			case BOOLEAN -> Boolean.TRUE.equals(value) ? yes : no;
			case COUNTS -> value instanceof Map<?, ?> parts ? field.subKeys()
				.stream()
				.filter(part -> parts.get(part.key()) != null)
				.map(part -> part.label() + " " + plain(parts.get(part.key()), yes, no))
				.collect(Collectors.joining("；")) : String.valueOf(value);
			case TABLE -> value instanceof Collection<?> rows ? rows.stream()
				.filter(Map.class::isInstance)
				.map(row -> field.columns()
					.stream()
					.map(column -> plain(((Map<?, ?>) row).get(column.key()), yes, no))
					.collect(Collectors.joining(" / ")))
				.collect(Collectors.joining("；")) : String.valueOf(value);
			default -> plain(value, yes, no);
		};
	}

	private static String plain(@Nullable Object value, String yes, String no) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? yes : no;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	public record SectionRows(String title, List<FieldRow> fields, List<SlotRow> slots) {
	}

	public record FieldRow(String label, String text, @Nullable String unit) {
	}

	public record SlotRow(String label, ApplicationView.@Nullable Attachment attachment) {
	}

}
