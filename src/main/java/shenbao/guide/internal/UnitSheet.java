package shenbao.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import shenbao.guide.NamedUnit;
import shenbao.guide.UnitImport.RowProblem;
import shenbao.identity.CreditCode;
import shenbao.platform.Spreadsheets;
import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;

/**
 * Reads a named list (manual §4.3.1 "按名单导入"): the first sheet, columns found by their header text 企业名称 and
 * 统一社会信用代码 (as the credit module's import does), one unit a row; each bad row is reported by its Excel number.
 */
final class UnitSheet {

	static final int MAX_ROWS = 5_000;

	static final String NAME_HEADER = "企业名称";

	static final String CODE_HEADER = "统一社会信用代码";

	private UnitSheet() {
	}

	record Read(List<NamedUnit> units, List<RowProblem> problems) {
	}

	static Read read(InputStream content, Texts texts) {
		try (Workbook workbook = Spreadsheets.open(content, "guide.units.unreadable")) {
			return read(Spreadsheets.first(workbook, "guide.units.unreadable"), texts);
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInput refused) {
				throw refused;
			}
			throw InvalidInput.field("file", "guide.units.unreadable");
		}
	}

	private static Read read(Sheet sheet, Texts texts) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		int nameColumn = Spreadsheets.column(header, NAME_HEADER);
		int codeColumn = Spreadsheets.column(header, CODE_HEADER);
		if (nameColumn < 0 || codeColumn < 0) {
			throw InvalidInput.field("file", "guide.units.columns", NAME_HEADER, CODE_HEADER);
		}
		List<NamedUnit> units = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int index = sheet.getFirstRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null) {
				continue;
			}
			String name = Spreadsheets.text(row.getCell(nameColumn));
			String code = Spreadsheets.text(row.getCell(codeColumn)).toUpperCase(Locale.ROOT);
			if (name.isEmpty() && code.isEmpty()) {
				continue;
			}
			int shown = index + 1;
			if (units.size() + problems.size() >= MAX_ROWS) {
				throw InvalidInput.field("file", "guide.units.too-many", MAX_ROWS);
			}
			var defect = CreditCode.defectOf(code);
			if (name.isEmpty()) {
				problems.add(new RowProblem(shown, texts.of("guide.units.row.name-missing")));
			}
			else if (code.isEmpty()) {
				problems.add(new RowProblem(shown, texts.of("guide.units.row.code-missing")));
			}
			else if (defect.isPresent()) {
				problems.add(new RowProblem(shown, texts.of("guide.units.row.code-invalid", code)));
			}
			else if (!seen.add(code)) {
				problems.add(new RowProblem(shown, texts.of("guide.units.row.duplicate", code)));
			}
			else {
				units.add(new NamedUnit(code, name));
			}
		}
		return new Read(units, problems);
	}



}
