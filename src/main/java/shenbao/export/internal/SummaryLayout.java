package shenbao.export.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationRow;
import shenbao.application.ApplicationStatus;
import shenbao.identity.UnitProfile;
import shenbao.platform.Texts;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.review.LevelScores;

/**
 * The columns of a program's 汇总表 and, where the form says how applications are split, its blocks.
 * <p>
 * Two shapes. A program whose form has a LEVEL field {@code path} (申报方式) gets the Guangdong 推荐汇总表 of seed 002
 * 附件3: one block per option (遴选加入单位, 直接认定单位) with the seed's columns first, in its order (序号, 申报单位名称,
 * 申报领域, 企业联系人, 联系电话), then ours. Any other program (the Gansu notices name a 汇总表 but give no columns)
 * gets ours: number, unit, credit code, region, contact, status, submission time, totals.
 * <p>
 * After those, for each scoring level the caller may see, that level's total and its score per indicator (SPEC §12
 * "Complete exports"); the caller's visibility has been applied before this class is reached, and the value lookup
 * reads only the levels given here.
 */
final class SummaryLayout {

	static final String PATH_FIELD = "path";

	static final String DOMAIN_FIELD = "domain";

	private final List<Column> columns;

	private final List<String> blocks;

	private final List<ReviewLevel> levels;

	private SummaryLayout(List<Column> columns, List<String> blocks, List<ReviewLevel> levels) {
		this.columns = List.copyOf(columns);
		this.blocks = List.copyOf(blocks);
		this.levels = List.copyOf(levels);
	}

	/**
	 * @param levels the scoring levels whose columns the caller may see, lowest first
	 * @param regionName the name of a region code (cached by the caller)
	 */
	static SummaryLayout of(ProgramDefinition program, List<ReviewLevel> levels, Texts texts, ZoneId zone,
			Function<String, String> regionName) {
		List<String> blocks = program.field(PATH_FIELD)
			.filter(field -> field.type() == FieldType.LEVEL)
			.map(Field::options)
			.orElse(List.of());
		boolean seedLayout = !blocks.isEmpty();
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(texts.of("export.column.serial"), 6, line -> line.serial(), false));
		if (!seedLayout) {
			columns.add(new Column(texts.of("export.column.number"), 18, line -> line.row().number(), false));
		}
		columns.add(new Column(texts.of("export.column.unit-name"), 36, line -> line.row().unitName(), false));
		if (seedLayout) {
			Optional<Field> domain = program.field(DOMAIN_FIELD);
			if (domain.isPresent()) {
				columns.add(new Column(texts.of("export.column.domain"), 22,
						line -> text(line.row().values().get(DOMAIN_FIELD)), false));
			}
			columns.add(new Column(texts.of("export.column.contact.enterprise"), 12,
					line -> line.unit() == null ? null : line.unit().contactName(), false));
			columns.add(new Column(texts.of("export.column.phone"), 16,
					line -> line.unit() == null ? null : line.unit().contactPhone(), false));
		}
		columns.add(new Column(texts.of("export.column.credit-code"), 22,
				line -> line.unit() == null ? null : line.unit().creditCode().value(), false));
		columns.add(new Column(texts.of("export.column.city"), 12, line -> regionName.apply(line.row().cityCode()),
				false));
		columns.add(new Column(texts.of("export.column.county"), 12,
				line -> line.row().regionCode().equals(line.row().cityCode()) ? null
						: regionName.apply(line.row().regionCode()),
				false));
		if (seedLayout && program.chain().countyRanks()) {
			columns.add(new Column(texts.of("export.column.county-priority"), 10, Line::rank, false));
		}
		if (!seedLayout) {
			columns.add(new Column(texts.of("export.column.contact"), 12,
					line -> line.unit() == null ? null : line.unit().contactName(), false));
			columns.add(new Column(texts.of("export.column.phone"), 16,
					line -> line.unit() == null ? null : line.unit().contactPhone(), false));
		}
		Map<ApplicationStatus, String> statuses = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			statuses.put(status, texts.of("application.status." + status.name()));
		}
		columns.add(new Column(texts.of("export.column.status"), 16, line -> statuses.get(line.row().status()),
				false));
		columns.add(new Column(texts.of("export.column.submitted-at"), 20,
				line -> line.row().submittedAt() == null ? null : time.format(line.row().submittedAt()), false));
		if (!program.indicators().isEmpty()) {
			columns.add(new Column(texts.of("export.column.self-total"), 10, line -> line.row().selfScoreTotal(),
					true));
			columns.add(new Column(texts.of("export.column.suggested-total"), 12,
					line -> line.row().suggestedTotal(), true));
		}
		for (ReviewLevel level : levels) {
			String levelName = texts.of("review.level." + level.name());
			columns.add(new Column(texts.of("export.column.level-total", levelName), 12,
					line -> sheet(line, level).map(LevelScores::total).orElse(null), true));
			for (Indicator indicator : program.indicators()) {
				columns.add(new Column(texts.of("export.column.level-indicator", levelName, indicator.label()), 14,
						line -> sheet(line, level).map(sheet -> sheet.scores().get(indicator.key())).orElse(null),
						true));
			}
		}
		return new SummaryLayout(columns, blocks, levels);
	}

	/** The same layout with {@code more} columns at the end. */
	SummaryLayout plus(List<Column> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<Column> all = new ArrayList<>(this.columns);
		all.addAll(more);
		return new SummaryLayout(all, this.blocks, this.levels);
	}

	private static Optional<LevelScores> sheet(Line line, ReviewLevel level) {
		return Optional.ofNullable(line.sheets().get(level));
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : Objects.toString(value);
	}

	List<Column> columns() {
		return this.columns;
	}

	/** The 申报方式 options that split the table, in the form's order; empty for one table. */
	List<String> blocks() {
		return this.blocks;
	}

	boolean hasScores() {
		return !this.levels.isEmpty();
	}

	/** The block an application belongs to: its 申报方式, or null when it names none of the options. */
	@Nullable String blockOf(ApplicationRow row) {
		Object path = row.values().get(PATH_FIELD);
		return path != null && this.blocks.contains(path.toString()) ? path.toString() : null;
	}

	/** One column: its header, width in characters, how to read a line, and whether the totals row adds it up. */
	record Column(String header, int width, Function<Line, @Nullable Object> value, boolean summed) {
	}

	/**
	 * What one row shows: its number in the table, the application, its unit, its visible score sheets, its rank in
	 * its county's 推荐优先顺序 (null when the program ranks none) and what {@link ReviewColumns} reads.
	 */
	record Line(int serial, ApplicationRow row, @Nullable UnitProfile unit, Map<ReviewLevel, LevelScores> sheets,
			@Nullable Integer rank, ReviewColumns.Review review) {
	}

	static boolean isNumber(@Nullable Object value) {
		return value instanceof BigDecimal || value instanceof Integer || value instanceof Long;
	}

}
