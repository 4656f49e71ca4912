package shenbao.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.application.ApplicantApi;

/**
 * Reviewer accounts, units, applications and score sheets written straight into the database for the export tests
 * (as {@code ReviewFixtures} does for the review tests), and the exported workbook read back as plain values.
 */
final class ExportFixtures {

	private static final AtomicInteger UNITS = new AtomicInteger(10_000);

	private ExportFixtures() {
	}

	static void reviewer(JdbcClient jdbc, String passwordHash, String username, String role, String region,
			String displayName) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, display_name, created_at)
				VALUES (:username, :hash, :role, :region, :name, :now)
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", role)
			.param("region", region)
			.param("name", displayName)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A unit with a valid credit code; answers its id. */
	static long unit(JdbcClient jdbc, String name, String county, String contact, String phone) {
		int number = UNITS.incrementAndGet();
		return jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				VALUES (:code, :name, 'ENTERPRISE', :region, :contact, :phone, :now) RETURNING id
				""")
			.param("code", ApplicantApi.creditCode(county, number))
			.param("name", name)
			.param("region", county)
			.param("contact", contact)
			.param("phone", phone)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	static String creditCode(JdbcClient jdbc, long unit) {
		return jdbc.sql("SELECT credit_code FROM unit WHERE id = :id").param("id", unit).query(String.class).single();
	}

	static long application(JdbcClient jdbc, long unit, String unitName, String program, String county, String city,
			String status, String values, String selfScores, Instant submittedAt) {
		var at = submittedAt.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				INSERT INTO application (unit_id, unit_name, program_code, program_revision, program_year, region_code,
				    city_code, status, form_values, self_scores, created_at, updated_at, submitted_at, version)
				VALUES (:unit, :name, :program, 1, 2026, :region, :city, :status, :values, :scores, :at, :at,
				    :submitted, 1)
				RETURNING id
				""")
			.param("unit", unit)
			.param("name", unitName)
			.param("program", program)
			.param("region", county)
			.param("city", city)
			.param("status", status)
			.param("values", values)
			.param("scores", selfScores)
			.param("at", at)
			.param("submitted", "DRAFT".equals(status) ? null : at)
			.query(Long.class)
			.single();
	}

	static void scores(JdbcClient jdbc, long application, String level, String scores, String total, boolean locked) {
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO review_score (application_id, level, scores, total, reviewer_id, reviewer_name, locked,
				    updated_at, locked_at)
				VALUES (:id, :level, :scores, :total, 0, 'fixture', :locked, :now, :lockedAt)
				""")
			.param("id", application)
			.param("level", level)
			.param("scores", scores)
			.param("total", new java.math.BigDecimal(total))
			.param("locked", locked)
			.param("now", now)
			.param("lockedAt", locked ? now : null)
			.update();
	}

	/** A place in the city's quota, as a recommendation to the province takes it. */
	static void quotaPlace(JdbcClient jdbc, String program, String city, int quota, long application) {
		jdbc.sql("""
				INSERT INTO quota_allotment (program_code, city_code, quota) VALUES (:program, :city, :quota)
				ON CONFLICT (program_code, city_code) DO NOTHING
				""").param("program", program).param("city", city).param("quota", quota).update();
		jdbc.sql("""
				INSERT INTO quota_place (application_id, program_code, city_code, taken_at)
				VALUES (:id, :program, :city, :now)
				""")
			.param("id", application)
			.param("program", program)
			.param("city", city)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A workbook read back: every sheet as rows of cell values (text, number, or null for an empty cell). */
	record Workbook(List<String> sheetNames, List<List<List<@Nullable Object>>> sheets) {

		static Workbook read(byte[] bytes) throws IOException {
			try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				List<String> names = new ArrayList<>();
				List<List<List<@Nullable Object>>> sheets = new ArrayList<>();
				for (Sheet sheet : workbook) {
					names.add(sheet.getSheetName());
					List<List<@Nullable Object>> rows = new ArrayList<>();
					for (int index = 0; index <= sheet.getLastRowNum(); index++) {
						rows.add(values(sheet.getRow(index)));
					}
					sheets.add(rows);
				}
				return new Workbook(names, sheets);
			}
		}

		private static List<@Nullable Object> values(@Nullable Row row) {
			List<@Nullable Object> values = new ArrayList<>();
			if (row == null) {
				return values;
			}
			for (int column = 0; column < row.getLastCellNum(); column++) {
				Cell cell = row.getCell(column);
				values.add(cell == null || cell.getCellType() == CellType.BLANK ? null
						: cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
								: cell.getStringCellValue());
			}
			return values;
		}

		List<List<@Nullable Object>> summary() {
			return this.sheets.getFirst();
		}

		/** The rows of the first sheet whose first cell is this text. */
		List<Integer> rowsStartingWith(String text) {
			List<Integer> found = new ArrayList<>();
			for (int index = 0; index < summary().size(); index++) {
				List<@Nullable Object> row = summary().get(index);
				if (!row.isEmpty() && text.equals(row.getFirst())) {
					found.add(index);
				}
			}
			return found;
		}

		/** The header row of the (first) table: the row that starts with 序号. */
		List<@Nullable Object> header() {
			return summary().get(rowsStartingWith("序号").getFirst());
		}

		/** The data row whose unit-name cell is this name. */
		List<@Nullable Object> rowOf(String unitName) {
			int column = header().indexOf("申报单位名称");
			return summary().stream()
				.filter(row -> row.size() > column && unitName.equals(row.get(column)))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + unitName));
		}

		@Nullable Object cell(List<@Nullable Object> row, String header) {
			int column = header().indexOf(header);
			if (column < 0) {
				throw new AssertionError("no column " + header + " in " + header());
			}
			return column < row.size() ? row.get(column) : null;
		}

		/** Every cell of every sheet, for "this value appears nowhere" checks. */
		List<Object> allCells() {
			return this.sheets.stream()
				.flatMap(List::stream)
				.flatMap(List::stream)
				.filter(java.util.Objects::nonNull)
				.map(Object.class::cast)
				.toList();
		}

	}

}
