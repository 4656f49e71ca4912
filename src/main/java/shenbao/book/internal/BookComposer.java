package shenbao.book.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView;
import shenbao.book.internal.BookContent.Block;
import shenbao.book.internal.BookContent.Cover;
import shenbao.book.internal.BookContent.Derived;
import shenbao.book.internal.BookContent.Evidence;
import shenbao.book.internal.BookContent.Row;
import shenbao.book.internal.BookContent.Score;
import shenbao.platform.Platform;
import shenbao.program.AttachmentSlot;
import shenbao.program.DerivedValue;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;
import shenbao.program.Section;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.scoring.ScoreSheet.IndicatorScore;

/**
 * Turns an application and its program into the text of its 申报书 ({@link BookContent}): every section and field in
 * the program's order, values with their units, COUNTS and TABLE fields as tables, pledges as given or not, derived
 * values, the rule's suggested score beside each self-score, and the evidence with its SHA-256.
 */
@Component
class BookComposer {

	private static final String NONE = "—";

	private final Regions regions;

	private final MessageSource messages;

	BookComposer(Regions regions, MessageSource messages) {
		this.regions = regions;
		this.messages = messages;
	}

	BookContent compose(ApplicationView view, ProgramDefinition program, Instant filledAt, @Nullable Instant sealedAt) {
		String[] numerals = text("book.numerals").split(",");
		List<Block> blocks = new ArrayList<>();
		// only the chosen form variant's sections and fields (smp-2024: the domain picks 附件2.1, 2.2 or 2.3)
		for (Section section : program.sectionsFor(view.values())) {
			if (section.fields().isEmpty()) {
				continue;
			}
			String numeral = blocks.size() < numerals.length ? numerals[blocks.size()] : String.valueOf(blocks.size() + 1);
			blocks.add(new Block(numeral, clean(section.title()), section.fields()
				.stream()
				.filter(field -> field.appliesTo(view.values()))
				.map(field -> row(field, view.values().get(field.key())))
				.toList()));
		}
		Cover cover = new Cover(clean(program.name()), program.year(), clean(view.unitName()),
				recommenders(view.regionCode()), date(filledAt), view.number(), sealedAt == null ? "" : date(sealedAt));
		BigDecimal selfTotal = view.selfScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new BookContent(cover, blocks, derived(program, view.values()), scores(program, view), plain(view.suggested().total()),
				plain(selfTotal), evidence(program, view), sealedAt == null,
				java.util.stream.IntStream.range(blocks.size(), blocks.size() + 3)
					.mapToObj(index -> index < numerals.length ? numerals[index] : String.valueOf(index + 1))
					.toList());
	}

	/** The unit's county bureau, then its city's (兰州新区 and other cities without counties: the city's only). */
	private List<String> recommenders(String regionCode) {
		List<String> names = new ArrayList<>();
		this.regions.find(regionCode).filter(Region::isCounty).ifPresent(county -> names.add(bureau(county)));
		this.regions.cityOf(regionCode).ifPresent(city -> names.add(bureau(city)));
		return names;
	}

	private String bureau(Region region) {
		return text("book.cover.bureau", region.name());
	}

	private Row row(Field field, @Nullable Object value) {
		String label = clean(field.label());
		return switch (field.type()) {
			case COUNTS -> {
				Map<?, ?> parts = value instanceof Map<?, ?> map ? map : Map.of();
				yield new Row(field.key(), label, "counts", "", field.unit(),
						field.subKeys().stream().map(sub -> clean(sub.label())).toList(),
						List.of(field.subKeys().stream().map(sub -> shown(parts.get(sub.key()))).toList()));
			}
			case TABLE -> {
				List<?> rows = value instanceof List<?> list ? list : List.of();
				List<List<String>> cells = new ArrayList<>();
				for (Object item : rows) {
					Map<?, ?> cellsOfRow = item instanceof Map<?, ?> map ? map : Map.of();
					cells.add(field.columns().stream().map(column -> shown(cellsOfRow.get(column.key()))).toList());
				}
				yield new Row(field.key(), label, "table", "", field.unit(),
						field.columns().stream().map(column -> clean(column.label())).toList(), cells);
			}
			case BOOLEAN -> new Row(field.key(), label, field.pledge() ? "pledge" : "flag",
					Boolean.TRUE.equals(value) ? "true" : "false", null, List.of(), List.of());
			default -> new Row(field.key(), label, "text", shown(value), value == null ? null : field.unit(), List.of(),
					List.of());
		};
	}

	private List<Derived> derived(ProgramDefinition program, Map<String, Object> values) {
		List<Derived> derived = new ArrayList<>();
		for (DerivedValue value : program.derived()) {
			BigDecimal numerator = number(values.get(value.numerator()));
			BigDecimal denominator = number(values.get(value.denominator()));
			String shown = NONE;
			if (numerator != null && denominator != null && denominator.signum() != 0) {
				BigDecimal ratio = numerator.multiply(value.percent() ? BigDecimal.valueOf(100) : BigDecimal.ONE)
					.divide(denominator, 2, RoundingMode.HALF_UP);
				shown = plain(ratio);
			}
			derived.add(new Derived(clean(value.label()), shown, NONE.equals(shown) ? null : value.unit()));
		}
		return derived;
	}

	private List<Score> scores(ProgramDefinition program, ApplicationView view) {
		List<Score> scores = new ArrayList<>();
		for (IndicatorScore score : view.suggested().indicators()) {
			BigDecimal self = view.selfScores().get(score.key());
			String value = score.value() instanceof Map<?, ?> parts ? parts(program, score.key(), parts)
					: shown(score.value());
			scores.add(new Score(clean(score.label()), value, plain(score.max()), plain(score.score()),
					self == null ? NONE : plain(self), view.selfScoreDiffers(score.key()), score.bonus()));
		}
		return scores;
	}

	/** The parts of a COUNTS value by their labels ("发明专利 1, 实用新型专利 3"), in the field's order. */
	private String parts(ProgramDefinition program, String indicator, Map<?, ?> parts) {
		String input = program.indicator(indicator).map(shenbao.program.Indicator::input).orElse(indicator);
		Optional<Field> field = program.field(input);
		if (field.isEmpty()) {
			return shown(parts);
		}
		List<String> shownParts = new ArrayList<>();
		for (Field.SubKey sub : field.get().subKeys()) {
			if (parts.get(sub.key()) != null) {
				shownParts.add(clean(sub.label()) + " " + shown(parts.get(sub.key())));
			}
		}
		return shownParts.isEmpty() ? NONE : String.join(", ", shownParts);
	}

	private List<Evidence> evidence(ProgramDefinition program, ApplicationView view) {
		List<Evidence> evidence = new ArrayList<>();
		List<String> listed = new ArrayList<>();
		for (Section section : program.sections()) {
			for (AttachmentSlot slot : section.attachments()) {
				for (ApplicationView.Attachment attachment : view.attachments()) {
					if (attachment.slot().equals(slot.key())) {
						evidence.add(new Evidence(clean(section.title()), clean(slot.label()),
								clean(attachment.filename()), size(attachment.size()), attachment.sha256()));
						listed.add(attachment.slot());
					}
				}
			}
		}
		view.attachments()
			.stream()
			.filter(attachment -> !listed.contains(attachment.slot()))
			.forEach(attachment -> evidence.add(new Evidence(NONE, attachment.slot(), clean(attachment.filename()),
					size(attachment.size()), attachment.sha256())));
		return evidence;
	}

	private String date(Instant at) {
		LocalDate day = at.atZone(Platform.ZONE).toLocalDate();
		return text("book.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
				String.valueOf(day.getDayOfMonth()));
	}

	private String shown(@Nullable Object value) {
		return switch (value) {
			case null -> NONE;
			case BigDecimal number -> plain(number);
			case Number number -> plain(new BigDecimal(number.toString()));
			case Boolean flag -> text(flag ? "book.yes" : "book.no");
			case Map<?, ?> map -> {
				List<String> parts = new ArrayList<>();
				map.forEach((key, part) -> parts.add(key + " " + shown(part)));
				yield String.join(", ", parts);
			}
			default -> {
				String text = clean(value.toString());
				yield text.isBlank() ? NONE : text;
			}
		};
	}

	private static @Nullable BigDecimal number(@Nullable Object value) {
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return null;
	}

	static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP) + " MB";
	}

	/**
	 * Text as the PDF's XML parser accepts it: control characters (other than tab and line breaks) are not allowed in
	 * XML 1.0 and would stop the rendering, so they are dropped.
	 */
	static String clean(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints()
			.filter(point -> point == '\t' || point == '\n' || point == '\r' || (point >= 0x20 && point != 0xFFFE
					&& point != 0xFFFF && (point < 0xD800 || point > 0xDFFF)))
			.forEach(cleaned::appendCodePoint);
		return cleaned.toString();
	}

	private String text(String key, Object... arguments) {
		return Objects.requireNonNull(this.messages.getMessage(key, arguments, key, Platform.LOCALE));
	}

}
