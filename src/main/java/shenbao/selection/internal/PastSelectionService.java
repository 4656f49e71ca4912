package shenbao.selection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationGuard;
import shenbao.application.GuardedApplication;
import shenbao.application.StartCondition;
import shenbao.audit.AuditTrail;
import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.Spreadsheets;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.selection.PastSelection;
import shenbao.selection.PastSelections;

/**
 * The past-selection lists and the refusal they give: a unit on the list its program names ({@code pastSelections})
 * may neither start nor submit an application ("已入选第N批…", 422).
 */
@Service
class PastSelectionService implements PastSelections, StartCondition, ApplicationGuard {

	private static final Pattern BATCH = Pattern.compile("^第?\\s*([0-9一二三四五六七八九十]+)\\s*批?$");

	private static final String NUMERALS = "一二三四五六七八九十";

	private final PastSelectionStore store;

	private final Regions regions;

	private final Texts texts;

	private final AuditTrail audit;

	private final Clock clock;

	private final Units units;

	private final Programs programs;

	PastSelectionService(PastSelectionStore store, Regions regions, Texts texts, AuditTrail audit, Clock clock,
			Units units, Programs programs) {
		this.units = units;
		this.programs = programs;
		this.store = store;
		this.regions = regions;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RuleViolation> refusal(long unitId, ProgramDefinition program) {
		return program.pastSelections() == null ? Optional.empty() : refusal(this.units.get(unitId), program);
	}

	/** A unit listed after it started is refused when it submits, with the same message. */
	@Override
	public void submitting(GuardedApplication application) {
		Optional<RuleViolation> refusal = refusal(application.unitId(), this.programs.get(application.programCode()));
		if (refusal.isPresent()) {
			throw refusal.get();
		}
	}

	private Optional<RuleViolation> refusal(UnitProfile unit, ProgramDefinition program) {
		if (program.pastSelections() == null) {
			return Optional.empty();
		}
		return find(program.pastSelections(), unit.creditCode().value(), unit.name())
			.map(selected -> new RuleViolation("selection.refused", selected.unitName(), batch(selected.batch()),
					program.name()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PastSelection> find(String listCode, String creditCode, String unitName) {
		return this.store.find(listCode, creditCode, unitName);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PastSelection> list(Caller caller, String listCode) {
		return this.store.list(listCode, cityScope(caller));
	}

	@Override
	@Transactional
	public ImportReport importSheet(Caller caller, String listCode, InputStream content) {
		if (caller.role() != Role.PROVINCE_REVIEWER && caller.role() != Role.CITY_REVIEWER) {
			throw new NotFound("selection.not-found");
		}
		int added = 0;
		int updated = 0;
		List<RowProblem> problems = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(content)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw InvalidInput.field("file", "selection.file.unreadable");
			}
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			int name = Spreadsheets.column(header, "单位名称");
			int code = Spreadsheets.column(header, "统一社会信用代码");
			int batch = Spreadsheets.column(header, "批次");
			int city = Spreadsheets.column(header, "地市");
			int domain = Spreadsheets.column(header, "领域");
			if (name < 0 || batch < 0) {
				throw InvalidInput.field("file", "selection.import.columns");
			}
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || Spreadsheets.text(row, name).isEmpty() && Spreadsheets.text(row, batch).isEmpty()) {
					continue;
				}
				int number = row.getRowNum() + 1;
				String unitName = Spreadsheets.text(row, name);
				String creditCode = Spreadsheets.text(row, code).toUpperCase(Locale.ROOT);
				Integer batchNumber = batch(Spreadsheets.text(row, batch));
				@Nullable String cityCode = city(caller, Spreadsheets.text(row, city));
				String problem = unitName.isEmpty() ? this.texts.of("selection.import.no-name")
						: unitName.length() > 200 ? this.texts.of("selection.import.name-too-long")
						: !creditCode.isEmpty() && !CreditCode.isValid(creditCode)
								? this.texts.of("selection.import.bad-code", creditCode)
						: batchNumber == null ? this.texts.of("selection.import.bad-batch", Spreadsheets.text(row, batch))
						: cityCode == null ? this.texts.of("selection.import.bad-city", Spreadsheets.text(row, city)) : null;
				if (problem != null) {
					problems.add(new RowProblem(number, problem));
					continue;
				}
				String field = Spreadsheets.text(row, domain);
				if (this.store.put(listCode, unitName, creditCode.isEmpty() ? null : creditCode, batchNumber, cityCode,
						field.isEmpty() ? null : field, this.clock.instant(), caller.displayName())) {
					added++;
				}
				else {
					updated++;
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.field("file", "selection.file.unreadable");
		}
		this.audit.record(caller, "PAST_SELECTION_IMPORT", "past-selection:" + listCode,
				"added " + added + ", updated " + updated + ", refused rows " + problems.size());
		return new ImportReport(added, updated, problems);
	}

	/**
	 * The city a row belongs to: a city reviewer's own; for the province, the 地市 cell by name or code.
	 */
	private @Nullable String city(Caller caller, String cell) {
		if (caller.role() == Role.CITY_REVIEWER) {
			return caller.regionCode();
		}
		if (cell.isEmpty()) {
			return null;
		}
		// the province reviewer sees every region the deployment holds (the demo holds Gansu's and Guangdong's trees
		// under one province account), so a row may name any of their cities
		return this.regions.provinces()
			.stream()
			.flatMap(province -> this.regions.children(province.code()).stream())
			.filter(region -> region.name().equals(cell) || region.code().equals(cell))
			.map(Region::code)
			.findFirst()
			.orElse(null);
	}

	/** The province sees every row; a city or county reviewer its own city's. */
	private @Nullable String cityScope(Caller caller) {
		return switch (caller.role()) {
			case PROVINCE_REVIEWER -> null;
			case CITY_REVIEWER, COUNTY_REVIEWER -> this.regions.cityOf(String.valueOf(caller.regionCode()))
				.map(Region::code)
				.orElseThrow(() -> new NotFound("selection.not-found"));
			default -> throw new NotFound("selection.not-found");
		};
	}

	/** "第一批", "第2批", "2" → 2; null when it is none of these. */
	static @Nullable Integer batch(String text) {
		Matcher matcher = BATCH.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		String number = matcher.group(1);
		if (number.chars().allMatch(Character::isDigit)) {
			int value = Integer.parseInt(number);
			return value > 0 && value < 100 ? value : null;
		}
		int index = NUMERALS.indexOf(number);
		return number.length() == 1 && index >= 0 ? index + 1 : null;
	}

	/** 2 → "第二批" as the seed writes it. */
	private String batch(int number) {
		return this.texts.of("selection.batch", number <= NUMERALS.length() ? String.valueOf(NUMERALS.charAt(number - 1))
				: String.valueOf(number));
	}



}
