package shenbao.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationRow;
import shenbao.expert.ExpertPanels;
import shenbao.expert.ExpertStanding;
import shenbao.expert.RankedApplication;
import shenbao.export.SummaryRequest;
import shenbao.export.internal.SummaryLayout.Column;
import shenbao.export.internal.SummaryLayout.Line;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.Checklists;
import shenbao.review.LevelScores;
import shenbao.review.ScoreSheets;

/**
 * Writes a 汇总表 with POI's streaming workbook: {@link #WINDOW} rows stay in memory, the rest go to a temporary
 * file; the rows arrive from the database in batches of {@link #BATCH}, each batch with its units and score
 * sheets read in one query each. The workbook is written to the output only after the last row was read, so no
 * database connection waits on a slow client.
 */
@Component
class SummaryWriter {

	static final int BATCH = 500;

	static final int WINDOW = 100;

	private final Programs programs;

	private final Regions regions;

	private final ApplicationReviews applications;

	private final Units units;

	private final ScoreSheets scoreSheets;

	private final CityQuotas quotas;

	private final Texts texts;

	private final Clock clock;

	private final shenbao.filing.Priorities priorities;

	private final Checklists checklists;

	private final ExpertPanels experts;

	SummaryWriter(Programs programs, Regions regions, ApplicationReviews applications, Units units,
			ScoreSheets scoreSheets, CityQuotas quotas, Texts texts, Clock clock,
			shenbao.filing.Priorities priorities, Checklists checklists, ExpertPanels experts) {
		this.priorities = priorities;
		this.checklists = checklists;
		this.experts = experts;
		this.programs = programs;
		this.regions = regions;
		this.applications = applications;
		this.units = units;
		this.scoreSheets = scoreSheets;
		this.quotas = quotas;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * @param progress told the number of rows written so far, after each row
	 * @return the number of application rows written
	 */
	long write(Caller caller, SummaryRequest request, OutputStream out, LongConsumer progress) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		// uncompressed temporary XML: gzip cost a fifth of the export's CPU (docs/benchmarks.md), disk is cheap
		workbook.setCompressTempFiles(false);
		try {
			long written = sheet(workbook, caller, request, this.texts.of("export.sheet.summary"), progress);
			quotaSheet(workbook, caller, request);
			workbook.write(out);
			return written;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * One workbook, one 汇总表 sheet per request named for its program (a city's combined notice, issue 8 point 5).
	 * @return the rows written per request, in order
	 */
	List<Long> writeAll(Caller caller, List<SummaryRequest> requests, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(false);
		try {
			List<Long> written = new ArrayList<>();
			java.util.Set<String> names = new java.util.HashSet<>();
			for (SummaryRequest request : requests) {
				written.add(sheet(workbook, caller, request, sheetName(request.programName(), names), count -> {
				}));
			}
			workbook.write(out);
			return written;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** Excel allows 31 characters and no []:*?/\\ in a sheet name, and each name once per workbook. */
	private static String sheetName(String programName, java.util.Set<String> taken) {
		String base = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(programName);
		String name = base;
		for (int n = 2; !taken.add(name); n++) {
			String suffix = "(" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private long sheet(SXSSFWorkbook workbook, Caller caller, SummaryRequest request, String sheetName,
			LongConsumer progress) {
		ProgramDefinition program = this.programs.get(request.programCode());
		List<ReviewLevel> visible = this.scoreSheets.visibleLevels(caller);
		List<ReviewLevel> levels = program.chain().scoringLevels().stream().filter(visible::contains).sorted().toList();
		Map<String, String> names = new HashMap<>();
		List<ReviewLevel> checklistLevels = Checklists.applies(program)
				? program.chain().levels().stream().filter(visible::contains).sorted().toList() : List.of();
		ExpertStanding standing = standing(caller, program);
		SummaryLayout layout = SummaryLayout.of(program, levels, this.texts, this.clock.getZone(),
				code -> names.computeIfAbsent(code, this::regionName))
			.plus(ReviewColumns.of(program, checklistLevels, standing != null, this.texts));
		SheetWriter sheet = new SheetWriter(workbook, sheetName, layout.columns().stream().map(Column::width).toList());
		Run run = new Run(caller, request, layout, sheet, progress, !checklistLevels.isEmpty(), standing);
		// seed 002: the county fills the 推荐汇总表 "按推荐优先顺序", so a ranked program's blocks follow that order
		run.ranks = program.chain().countyRanks()
				? this.priorities.ranks(caller, program.code(), request.regionCode()) : null;
		preamble(run, program);
		if (layout.blocks().isEmpty()) {
			table(run, row -> true, null, true);
		}
		else {
			for (String block : layout.blocks()) {
				table(run, row -> block.equals(layout.blockOf(row)), this.texts.of("export.block", block), true);
			}
			// applications that name none of the options (none should, once submitted) are listed, not lost
			table(run, row -> layout.blockOf(row) == null, this.texts.of("export.block.other"), false);
		}
		totals(run, this.texts.of("export.totals"), run.all);
		if (!layout.blocks().isEmpty()) {
			sheet.blank();
			sheet.note(this.texts.of("export.filler", caller.displayName()));
		}
		sheet.finish();
		return run.written;
	}

	private void preamble(Run run, ProgramDefinition program) {
		int span = Math.min(run.layout.columns().size(), 12);
		boolean seedLayout = !run.layout.blocks().isEmpty();
		run.sheet.title(this.texts.of(seedLayout ? "export.title.recommendation" : "export.title", program.name()),
				span);
		if (seedLayout) {
			run.sheet.note(this.texts.of("export.recommender", run.caller.displayName()));
		}
		run.sheet.note(this.texts.of("export.scope", run.request.regionName()));
		run.sheet.note(this.texts.of("export.exported-by", run.caller.displayName(),
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.clock.getZone()).format(this.clock.instant())));
		cityOf(run.caller, run.request).map(city -> this.quotas.usage(program.code(), city))
			.ifPresent(use -> run.sheet.note(quotaLine(use)));
		if (run.standing != null && !run.standing.closed()) {
			run.sheet.note(this.texts.of("export.expert.provisional"));
		}
		run.sheet.blank();
	}

	/**
	 * One table: its heading (a block's name) and header, then the rows the filter keeps, then, for a block, its own
	 * count. Each block is one pass over the rows (the rows are not held, so they cannot be sorted into blocks).
	 * @param always write the heading and header even when no row is kept (the seed's blocks always show)
	 */
	private void table(Run run, Predicate<ApplicationRow> keeps, @Nullable String heading, boolean always) {
		Totals totals = new Totals(run.layout.columns());
		boolean[] started = { false };
		Runnable start = () -> {
			if (heading != null) {
				run.sheet.note(heading);
			}
			run.sheet.header(run.layout.columns().stream().map(Column::header).toList());
			started[0] = true;
		};
		if (always) {
			start.run();
		}
		// a ranked block is held and sorted (a county recommends a handful, so it stays small); others stream
		List<ApplicationRow> held = new ArrayList<>();
		this.applications.forEachBatch(run.caller, run.request.programCode(), run.request.regionCode(), BATCH,
				batch -> {
					List<ApplicationRow> kept = batch.stream().filter(keeps).toList();
					if (kept.isEmpty()) {
						return;
					}
					if (!started[0]) {
						start.run();
					}
					if (run.ranks != null) {
						held.addAll(kept);
					}
					else {
						write(run, kept, totals);
					}
				});
		if (run.ranks != null && !held.isEmpty()) {
			Map<Long, Integer> ranks = run.ranks;
			held.sort(java.util.Comparator.comparing(ApplicationRow::cityCode)
				.thenComparing(ApplicationRow::regionCode)
				.thenComparing(row -> ranks.getOrDefault(row.id(), Integer.MAX_VALUE))
				.thenComparing(row -> row.submittedAt() == null ? java.time.Instant.MAX : row.submittedAt())
				.thenComparing(ApplicationRow::id));
			for (int from = 0; from < held.size(); from += BATCH) {
				write(run, held.subList(from, Math.min(held.size(), from + BATCH)), totals);
			}
		}
		if (heading != null && started[0]) {
			run.sheet.values(countLine(this.texts.of("export.subtotal"), totals, run.layout.columns().size()), true);
			run.sheet.blank();
		}
	}

	private void write(Run run, List<ApplicationRow> batch, Totals totals) {
		Map<Long, UnitProfile> profiles = this.units.findAll(batch.stream().map(ApplicationRow::unitId).toList());
		Map<Long, List<LevelScores>> sheets = run.layout.hasScores()
				? this.scoreSheets.visibleSheets(run.caller, batch.stream().map(ApplicationRow::id).toList())
				: Map.of();
		Map<Long, Map<ReviewLevel, Integer>> confirmed = run.checklist
				? this.checklists.confirmedCounts(run.caller, batch.stream().map(ApplicationRow::id).toList())
				: Map.of();
		for (ApplicationRow row : batch) {
			Map<ReviewLevel, LevelScores> byLevel = new EnumMap<>(ReviewLevel.class);
			sheets.getOrDefault(row.id(), List.of()).forEach(sheet -> byLevel.put(sheet.level(), sheet));
			ReviewColumns.Review review = new ReviewColumns.Review(confirmed.getOrDefault(row.id(), Map.of()),
					run.expertResults.get(row.id()));
			Line line = new Line(totals.count + 1, row, profiles.get(row.unitId()), byLevel,
					run.ranks == null ? null : run.ranks.get(row.id()), review);
			List<@Nullable Object> values = new ArrayList<>(run.layout.columns().size());
			for (Column column : run.layout.columns()) {
				values.add(column.value().apply(line));
			}
			run.sheet.values(values, false);
			totals.add(values);
			run.all.add(values);
			run.progress.accept(++run.written);
		}
	}

	/** The 合计 row (count and sums) and the 平均分 row (averages of the score columns). */
	private void totals(Run run, String label, Totals totals) {
		int width = run.layout.columns().size();
		run.sheet.values(countLine(label, totals, width), true);
		if (totals.hasSums()) {
			List<@Nullable Object> averages = new ArrayList<>(Collections.nCopies(width, null));
			averages.set(0, this.texts.of("export.averages"));
			for (int column = 1; column < width; column++) {
				averages.set(column, totals.average(column));
			}
			run.sheet.values(averages, true);
		}
	}

	private List<@Nullable Object> countLine(String label, Totals totals, int width) {
		List<@Nullable Object> line = new ArrayList<>(Collections.nCopies(width, null));
		line.set(0, label);
		line.set(1, this.texts.of("export.totals.count", totals.count));
		for (int column = 2; column < width; column++) {
			line.set(column, totals.sum(column));
		}
		return line;
	}

	/** The province's export of all its cities gets a second sheet with each city's quota use. */
	private void quotaSheet(SXSSFWorkbook workbook, Caller caller, SummaryRequest request) {
		if (caller.role() != Role.PROVINCE_REVIEWER || request.regionCode() != null || caller.regionCode() == null) {
			return;
		}
		SheetWriter sheet = new SheetWriter(workbook, this.texts.of("export.sheet.quota"), List.of(16, 10, 10));
		sheet.header(List.of(this.texts.of("export.column.city"), this.texts.of("export.column.used"),
				this.texts.of("export.column.quota")));
		for (Region city : this.regions.children(caller.regionCode())) {
			QuotaUse use = this.quotas.usage(request.programCode(), city.code());
			sheet.values(List.of(city.name(), use.used(),
					use.quota() == null ? this.texts.of("export.quota.unlimited") : use.quota()), false);
		}
		sheet.finish();
	}

	/**
	 * The experts' aggregation, for the province only (SPEC §12: a city never gets the experts' scores), where the
	 * program has an expert round.
	 */
	private @Nullable ExpertStanding standing(Caller caller, ProgramDefinition program) {
		if (caller.role() != Role.PROVINCE_REVIEWER) {
			return null;
		}
		return this.experts.standing(caller, program.code()).orElse(null);
	}

	/** The city whose quota the sheet shows: the city reviewer's own, or the city of the region the province chose. */
	private Optional<String> cityOf(Caller caller, SummaryRequest request) {
		return switch (caller.role()) {
			case CITY_REVIEWER -> Optional.ofNullable(caller.regionCode());
			case PROVINCE_REVIEWER, SYSTEM_ADMIN -> Optional.ofNullable(request.regionCode())
				.flatMap(this.regions::cityOf)
				.map(Region::code);
			default -> Optional.empty();
		};
	}

	private String quotaLine(QuotaUse use) {
		Object quota = use.quota() == null ? this.texts.of("export.quota.unlimited") : use.quota();
		return this.texts.of("export.quota", regionName(use.cityCode()), use.used(), quota);
	}

	private String regionName(String code) {
		return this.regions.find(code).map(Region::name).orElse(code);
	}

	/** The state of one workbook being written. */
	private static final class Run {

		final Caller caller;

		final SummaryRequest request;

		final SummaryLayout layout;

		final SheetWriter sheet;

		final LongConsumer progress;

		final Totals all;

		final boolean checklist;

		final @Nullable ExpertStanding standing;

		final Map<Long, RankedApplication> expertResults = new HashMap<>();

		long written;

		/** Each recommended application's rank in its county's 推荐优先顺序; null when the program ranks none. */
		@Nullable Map<Long, Integer> ranks;

		Run(Caller caller, SummaryRequest request, SummaryLayout layout, SheetWriter sheet, LongConsumer progress,
				boolean checklist, @Nullable ExpertStanding standing) {
			this.checklist = checklist;
			this.standing = standing;
			if (standing != null) {
				standing.ranking().forEach(result -> this.expertResults.put(result.applicationId(), result));
			}
			this.caller = caller;
			this.request = request;
			this.layout = layout;
			this.sheet = sheet;
			this.progress = progress;
			this.all = new Totals(layout.columns());
		}

	}

	/** Count, and per summed column its sum and how many rows had a value there. */
	private static final class Totals {

		private final List<Column> columns;

		private final BigDecimal[] sums;

		private final long[] counts;

		int count;

		Totals(List<Column> columns) {
			this.columns = columns;
			this.sums = new BigDecimal[columns.size()];
			this.counts = new long[columns.size()];
		}

		void add(List<@Nullable Object> values) {
			this.count++;
			for (int column = 0; column < values.size(); column++) {
				if (this.columns.get(column).summed() && values.get(column) instanceof BigDecimal number) {
					this.sums[column] = this.sums[column] == null ? number : this.sums[column].add(number);
					this.counts[column]++;
				}
			}
		}

		boolean hasSums() {
			return this.columns.stream().anyMatch(Column::summed);
		}

		@Nullable BigDecimal sum(int column) {
			return this.sums[column];
		}

		@Nullable BigDecimal average(int column) {
			return this.sums[column] == null ? null
					: this.sums[column].divide(BigDecimal.valueOf(this.counts[column]), 2, RoundingMode.HALF_UP);
		}

	}

}
