package shenbao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reading uploaded workbooks (失信名单, named lists, past winners, 供需汇总表): the first sheet, columns found by their
 * header text, cells as people typed them (Chinese date and number formats).
 */
public final class Spreadsheets {

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.CHINA);

	private Spreadsheets() {
	}

	/**
	 * The uploaded workbook (.xlsx or .xls).
	 * @throws InvalidInput (400) on the field {@code file} with {@code unreadableKey} when it is no workbook
	 */
	public static Workbook open(InputStream content, String unreadableKey) {
		try {
			return WorkbookFactory.create(content);
		}
		catch (IOException | RuntimeException unreadable) {
			throw InvalidInput.field("file", unreadableKey);
		}
	}

	/** The first sheet; a workbook without one is refused as {@link #open} refuses. */
	public static Sheet first(Workbook workbook, String unreadableKey) {
		if (workbook.getNumberOfSheets() == 0) {
			throw InvalidInput.field("file", unreadableKey);
		}
		return workbook.getSheetAt(0);
	}

	/** The index of the first header cell containing {@code text} (a leading * marks required columns), or -1. */
	public static int column(@Nullable Row header, String text) {
		return column(header, text, false);
	}

	/** As {@link #column}, but the header cell must say exactly {@code text} (a leading * aside). */
	public static int exactColumn(@Nullable Row header, String text) {
		return column(header, text, true);
	}

	private static int column(@Nullable Row header, String text, boolean exactly) {
		if (header == null) {
			return -1;
		}
		for (Cell cell : header) {
			String shown = text(cell).replace("*", "").replace("＊", "").strip();
			if (exactly ? shown.equals(text) : shown.contains(text)) {
				return cell.getColumnIndex();
			}
		}
		return -1;
	}

	public static String text(@Nullable Cell cell) {
		return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
	}

	public static String text(Row row, int column) {
		return column < 0 ? "" : text(row.getCell(column));
	}

	/** A date cell, or text such as 2024-05-01 / 2024/5/1; null when empty. */
	public static @Nullable LocalDate date(Row row, int column) throws DateTimeParseException {
		if (column < 0) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		}
		String text = text(cell);
		if (text.isEmpty()) {
			return null;
		}
		String[] parts = text.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "")
			.split("-");
		if (parts.length != 3) {
			throw new DateTimeParseException("not a date", text, 0);
		}
		try {
			return LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
					Integer.parseInt(parts[2].strip()));
		}
		catch (RuntimeException malformed) {
			throw new DateTimeParseException("not a date", text, 0);
		}
	}

	public static boolean blank(Row row) {
		for (Cell cell : row) {
			if (!text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

}
