package shenbao.export.internal;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/** Writes rows one after the other into one sheet, with the few styles a 汇总表 uses (created once per workbook). */
final class SheetWriter {

	private final Sheet sheet;

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle bold;

	private final List<Integer> widths;

	private int next;

	SheetWriter(Workbook workbook, String name, List<Integer> widths) {
		this.sheet = workbook.createSheet(name);
		this.widths = List.copyOf(widths);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		this.title.setFont(large);
		Font strong = workbook.createFont();
		strong.setBold(true);
		this.bold = workbook.createCellStyle();
		this.bold.setFont(strong);
		this.header = workbook.createCellStyle();
		this.header.setFont(strong);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
	}

	/**
	 * Sets the column widths; call after the last row. Set earlier, they would make every new cell look its column's
	 * style up among the column definitions (POI's ColumnHelper), which was most of the time of a 10 000-row export.
	 * The streaming workbook writes the column definitions with the sheet at the end, so late is as good as early.
	 */
	void finish() {
		for (int column = 0; column < this.widths.size(); column++) {
			this.sheet.setColumnWidth(column, Math.min(255, this.widths.get(column)) * 256);
		}
	}

	/** A title across {@code span} columns. */
	void title(String text, int span) {
		Row row = this.sheet.createRow(this.next);
		cell(row, 0, text).setCellStyle(this.title);
		if (span > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, span - 1));
		}
		this.next++;
	}

	/** A line of text in the first column. */
	void note(String text) {
		cell(this.sheet.createRow(this.next++), 0, text);
	}

	void blank() {
		this.next++;
	}

	void header(List<String> headers) {
		Row row = this.sheet.createRow(this.next++);
		for (int column = 0; column < headers.size(); column++) {
			cell(row, column, headers.get(column)).setCellStyle(this.header);
		}
	}

	void values(List<? extends @Nullable Object> values, boolean strong) {
		Row row = this.sheet.createRow(this.next++);
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value != null) {
				Cell cell = cell(row, column, value);
				if (strong) {
					cell.setCellStyle(this.bold);
				}
			}
		}
	}

	private static Cell cell(Row row, int column, Object value) {
		Cell cell = row.createCell(column);
		switch (value) {
			case BigDecimal number -> cell.setCellValue(number.doubleValue());
			case Number number -> cell.setCellValue(number.doubleValue());
			default -> cell.setCellValue(value.toString());
		}
		return cell;
	}

}
