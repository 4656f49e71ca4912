package shenbao.credit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.credit.CreditCheck;
import shenbao.credit.CreditList;
import shenbao.credit.CreditListing;
import shenbao.credit.ImportResult;
import shenbao.credit.ImportResult.RowProblem;
import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Spreadsheets;
import shenbao.platform.Texts;

/** {@link CreditList}: the list in SQL, the workbooks with Apache POI (answers written streaming, SXSSF). */
@Service
class CreditService implements CreditList {

	/** The most rows one batch check answers; the seed's checks are a few hundred units. */
	static final int MAX_ROWS = 10_000;

	private static final Set<Role> CHECKERS = Set.of(Role.COUNTY_REVIEWER, Role.CITY_REVIEWER, Role.PROVINCE_REVIEWER,
			Role.SYSTEM_ADMIN);

	private final CreditStore store;

	private final Units units;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	CreditService(CreditStore store, Units units, AuditTrail audit, Texts texts, Clock clock) {
		this.store = store;
		this.units = units;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CreditListing> find(String creditCode) {
		return this.store.find(normalise(creditCode));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, CreditListing> findAll(Collection<String> creditCodes) {
		Map<String, CreditListing> listings = new LinkedHashMap<>();
		List<String> codes = creditCodes.stream().map(CreditService::normalise).distinct().toList();
		for (int from = 0; from < codes.size(); from += 1000) {
			this.store.findAll(codes.subList(from, Math.min(codes.size(), from + 1000)))
				.forEach(listing -> listings.put(listing.creditCode(), listing));
		}
		return listings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CreditListing> all(Caller caller) {
		requireChecker(caller);
		return this.store.current();
	}

	@Override
	@Transactional(readOnly = true)
	public CreditCheck check(Caller caller, String creditCode) {
		requireChecker(caller);
		return checkOne(normalise(creditCode));
	}

	@Override
	@Transactional
	public ImportResult importList(Caller caller, InputStream content) {
		requireProvince(caller);
		int added = 0;
		int updated = 0;
		List<RowProblem> problems = new ArrayList<>();
		try (Workbook workbook = Spreadsheets.open(content, "credit.file.unreadable")) {
			Sheet sheet = Spreadsheets.first(workbook, "credit.file.unreadable");
			Row header = sheet.getRow(sheet.getFirstRowNum());
			int code = Spreadsheets.column(header, "统一社会信用代码");
			int name = Spreadsheets.column(header, "企业名称");
			int reason = Spreadsheets.column(header, "原因");
			int listed = Spreadsheets.column(header, "日期");
			int source = Spreadsheets.column(header, "来源");
			if (code < 0) {
				throw InvalidInput.field("file", "credit.import.no-code-column");
			}
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || Spreadsheets.blank(row)) {
					continue;
				}
				int number = row.getRowNum() + 1;
				String value = normalise(Spreadsheets.text(row, code));
				Optional<CreditCode.Defect> defect = CreditCode.defectOf(value);
				if (defect.isPresent()) {
					problems.add(new RowProblem(number, this.texts.of(defect.get().messageKey())));
					continue;
				}
				LocalDate listedOn;
				try {
					listedOn = Spreadsheets.date(row, listed);
				}
				catch (DateTimeParseException malformed) {
					problems.add(new RowProblem(number, this.texts.of("credit.import.bad-date", malformed.getParsedString())));
					continue;
				}
				String unitName = limit(Spreadsheets.text(row, name), 200);
				String why = limit(Spreadsheets.text(row, reason), 500);
				boolean isNew = this.store.put(new CreditListing(value, unitName.isEmpty() ? value : unitName,
						why.isEmpty() ? this.texts.of("credit.reason.unspecified") : why, listedOn,
						emptyToNull(limit(Spreadsheets.text(row, source), 200)), this.clock.instant(), caller.displayName()));
				if (isNew) {
					added++;
				}
				else {
					updated++;
				}
			}
		}
		catch (IOException ex) {
			throw InvalidInput.field("file", "credit.file.unreadable");
		}
		this.audit.record(caller, "CREDIT_IMPORT", "credit-list",
				"added " + added + ", updated " + updated + ", refused rows " + problems.size());
		return new ImportResult(added, updated, problems);
	}

	@Override
	@Transactional
	public void remove(Caller caller, String creditCode, String note) {
		requireProvince(caller);
		String why = note == null ? "" : note.strip();
		if (why.isEmpty()) {
			throw InvalidInput.field("note", "credit.remove.note-required");
		}
		if (!this.store.remove(normalise(creditCode), caller.displayName(), limit(why, 500), this.clock.instant())) {
			throw new NotFound("credit.not-listed");
		}
		this.audit.record(caller, "CREDIT_REMOVE", "credit:" + normalise(creditCode), why);
	}

	@Override
	public void writeTemplate(Caller caller, OutputStream out) {
		requireChecker(caller);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(this.texts.of("credit.template.sheet"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(this.texts.of("credit.column.name"));
			header.createCell(1).setCellValue("*" + this.texts.of("credit.column.code"));
			header.forEach(cell -> cell.setCellStyle(bold(workbook)));
			sheet.setColumnWidth(0, 40 * 256);
			sheet.setColumnWidth(1, 28 * 256);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	@Transactional
	public int checkAll(Caller caller, InputStream template, OutputStream answer) {
		requireChecker(caller);
		List<String[]> rows = new ArrayList<>();
		try (Workbook workbook = Spreadsheets.open(template, "credit.file.unreadable")) {
			Sheet sheet = Spreadsheets.first(workbook, "credit.file.unreadable");
			Row header = sheet.getRow(sheet.getFirstRowNum());
			int code = Spreadsheets.column(header, "统一社会信用代码");
			int name = Spreadsheets.column(header, "企业名称");
			if (code < 0) {
				throw InvalidInput.field("file", "credit.check.no-code-column");
			}
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || Spreadsheets.blank(row)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw InvalidInput.field("file", "credit.check.too-many", MAX_ROWS);
				}
				rows.add(new String[] { Spreadsheets.text(row, name), normalise(Spreadsheets.text(row, code)) });
			}
		}
		catch (IOException ex) {
			throw InvalidInput.field("file", "credit.file.unreadable");
		}
		Map<String, CreditListing> listed = findAll(rows.stream().map(row -> row[1]).filter(CreditCode::isValid).toList());
		writeAnswer(rows, listed, answer);
		this.audit.record(caller, "CREDIT_CHECK", "credit-list", "rows " + rows.size());
		return rows.size();
	}

	private void writeAnswer(List<String[]> rows, Map<String, CreditListing> listed, OutputStream answer) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			SXSSFSheet sheet = workbook.createSheet(this.texts.of("credit.answer.sheet"));
			String[] headers = { "credit.column.number", "credit.column.name", "credit.column.code",
					"credit.column.validity", "credit.column.registered", "credit.column.listed",
					"credit.column.reason", "credit.column.listed-on" };
			Row header = sheet.createRow(0);
			CellStyle bold = bold(workbook);
			for (int index = 0; index < headers.length; index++) {
				header.createCell(index).setCellValue(this.texts.of(headers[index]));
				header.getCell(index).setCellStyle(bold);
			}
			int[] widths = { 8, 36, 24, 40, 36, 10, 40, 14 };
			for (int index = 0; index < widths.length; index++) {
				sheet.setColumnWidth(index, widths[index] * 256);
			}
			int number = 0;
			for (String[] given : rows) {
				number++;
				CreditCheck result = checkOne(given[1], listed);
				Row row = sheet.createRow(number);
				row.createCell(0).setCellValue(number);
				row.createCell(1).setCellValue(given[0]);
				row.createCell(2).setCellValue(given[1]);
				row.createCell(3).setCellValue(result.valid() ? this.texts.of("credit.answer.valid") : result.defect());
				row.createCell(4).setCellValue(result.registeredName() == null
						? this.texts.of(result.valid() ? "credit.answer.not-registered" : "credit.answer.none")
						: result.registeredName());
				row.createCell(5).setCellValue(!result.valid() ? this.texts.of("credit.answer.none")
						: this.texts.of(result.listed() ? "credit.answer.yes" : "credit.answer.no"));
				row.createCell(6).setCellValue(result.listed() ? result.listing().reason() : "");
				row.createCell(7).setCellValue(result.listed() && result.listing().listedOn() != null
						? result.listing().listedOn().toString() : "");
			}
			workbook.write(answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// the temporary files are gone (dispose); nothing else to release
			}
		}
	}

	private CreditCheck checkOne(String code) {
		return checkOne(code, CreditCode.isValid(code) ? findAll(List.of(code)) : Map.of());
	}

	private CreditCheck checkOne(String code, Map<String, CreditListing> listed) {
		Optional<CreditCode.Defect> defect = code.isEmpty() ? Optional.of(CreditCode.Defect.LENGTH)
				: CreditCode.defectOf(code);
		if (defect.isPresent()) {
			String message = code.isEmpty() ? this.texts.of("credit.check.empty") : this.texts.of(defect.get().messageKey());
			return new CreditCheck(code, message, null, null);
		}
		String registered = this.units.findByCreditCode(code).map(UnitProfile::name).orElse(null);
		return new CreditCheck(code, null, registered, listed.get(code));
	}

	private static CellStyle bold(Workbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static void requireChecker(Caller caller) {
		if (!CHECKERS.contains(caller.role())) {
			throw new NotFound("credit.not-found");
		}
	}

	private static void requireProvince(Caller caller) {
		if (caller.role() != Role.PROVINCE_REVIEWER) {
			throw new NotFound("credit.not-found");
		}
	}

	static String normalise(@Nullable String code) {
		return code == null ? "" : code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private static String limit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
