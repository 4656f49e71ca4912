package shenbao.filing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.audit.AuditTrail;
import shenbao.filing.SupplyDemand;
import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.platform.Spreadsheets;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/** The counties' 供需汇总表: a template to fill, the filing read from the upload, the rows for the levels above. */
@Service
class SupplyDemandService implements SupplyDemand {

	private static final int MAX_TEXT = 2000;

	private final ApplicationReviews applications;

	private final Programs programs;

	private final Regions regions;

	private final SupplyDemandStore store;

	private final Texts texts;

	private final AuditTrail audit;

	private final Clock clock;

	SupplyDemandService(ApplicationReviews applications, Programs programs, Regions regions, SupplyDemandStore store,
			Texts texts, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.programs = programs;
		this.regions = regions;
		this.store = store;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] template(Caller caller, String programCode) {
		ProgramDefinition program = program(programCode);
		String county = county(caller);
		List<Line> lines = new ArrayList<>();
		this.applications.forEachBatch(caller, program.code(), null, 500, batch -> batch.stream()
			.filter(row -> row.regionCode().equals(county) && row.status() != ApplicationStatus.DRAFT)
			.forEach(row -> lines.add(new Line(lines.size() + 1, row.unitName(), null, Kind.NEW,
					text(row.values().get("domain")), null, null, text(row.values().get("contact")),
					text(row.values().get("contact_phone"))))));
		return write(List.of(new Filing(county, county, this.clock.instant(), caller.displayName(), lines)), false);
	}

	@Override
	@Transactional
	public FilingReport file(Caller caller, String programCode, InputStream content) {
		ProgramDefinition program = program(programCode);
		String county = county(caller);
		String city = this.regions.cityOf(county).map(Region::code).orElse(county);
		List<Line> lines = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(content)) {
			Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
			Row header = sheet == null ? null : sheet.getRow(sheet.getFirstRowNum());
			int[] columns = new int[COLUMNS.size()];
			for (int index = 0; index < COLUMNS.size(); index++) {
				columns[index] = Spreadsheets.exactColumn(header, column(COLUMNS.get(index)));
			}
			if (sheet == null || columns[1] < 0 || columns[3] < 0) {
				throw InvalidInput.field("file", "filing.supply.columns");
			}
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || row.getRowNum() > 5_000) {
					continue;
				}
				String name = Spreadsheets.text(row, columns[1]);
				if (name.isEmpty() && Spreadsheets.text(row, columns[3]).isEmpty()) {
					continue;
				}
				int number = row.getRowNum() + 1;
				String code = Spreadsheets.text(row, columns[2]).toUpperCase(Locale.ROOT);
				Kind kind = kind(Spreadsheets.text(row, columns[3]));
				String problem = name.isEmpty() ? this.texts.of("filing.supply.no-name")
						: name.length() > 200 ? this.texts.of("filing.supply.too-long", column("unit"))
						: !code.isEmpty() && !CreditCode.isValid(code) ? this.texts.of("filing.supply.bad-code", code)
						: kind == null ? this.texts.of("filing.supply.bad-kind", Spreadsheets.text(row, columns[3]),
								this.texts.of("filing.supply.kind.PAST"), this.texts.of("filing.supply.kind.NEW"))
						: tooLong(row, columns);
				if (problem != null) {
					problems.add(new RowProblem(number, problem));
					continue;
				}
				lines.add(new Line(lines.size() + 1, name, code.isEmpty() ? null : code, kind,
						empty(Spreadsheets.text(row, columns[4])), empty(Spreadsheets.text(row, columns[5])), empty(Spreadsheets.text(row, columns[6])),
						empty(Spreadsheets.text(row, columns[7])), empty(Spreadsheets.text(row, columns[8]))));
			}
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.field("file", "filing.supply.unreadable");
		}
		if (lines.isEmpty()) {
			throw InvalidInput.field("file", "filing.supply.empty");
		}
		this.store.replace(program.code(), county, city, this.clock.instant(), caller.displayName(), lines);
		this.audit.record(caller, "SUPPLY_DEMAND_FILED", "supply-demand:" + program.code() + ":" + county,
				"rows " + lines.size() + ", refused rows " + problems.size());
		return new FilingReport(lines.size(), problems);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Filing> filings(Caller caller, String programCode) {
		ProgramDefinition program = program(programCode);
		return switch (caller.role()) {
			case COUNTY_REVIEWER -> this.store.filings(program.code(), null, county(caller));
			case CITY_REVIEWER -> this.store.filings(program.code(), caller.regionCode(), null);
			case PROVINCE_REVIEWER -> this.store.filings(program.code(), null, null);
			default -> throw new NotFound("filing.supply.not-found");
		};
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] workbook(Caller caller, String programCode) {
		return write(filings(caller, programCode), true);
	}

	private byte[] write(List<Filing> filings, boolean withCounty) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.texts.of("filing.supply.sheet"));
			Row header = sheet.createRow(0);
			List<String> headers = new ArrayList<>(COLUMNS.stream().map(this::column).toList());
			if (withCounty) {
				headers.add(1, this.texts.of("filing.supply.column.county"));
			}
			for (int index = 0; index < headers.size(); index++) {
				header.createCell(index).setCellValue(headers.get(index));
				sheet.setColumnWidth(index, (index == 0 ? 6 : 20) * 256);
			}
			int rowNumber = 1;
			int serial = 1;
			for (Filing filing : filings) {
				String county = this.regions.find(filing.countyCode()).map(Region::name).orElse(filing.countyCode());
				for (Line line : filing.lines()) {
					Row row = sheet.createRow(rowNumber++);
					List<@Nullable String> values = new ArrayList<>(List.of(String.valueOf(serial++)));
					if (withCounty) {
						values.add(county);
					}
					values.add(line.unitName());
					values.add(line.creditCode());
					values.add(this.texts.of("filing.supply.kind." + line.kind().name()));
					values.add(line.domain());
					values.add(line.supply());
					values.add(line.demand());
					values.add(line.contact());
					values.add(line.phone());
					for (int index = 0; index < values.size(); index++) {
						if (values.get(index) != null) {
							row.createCell(index).setCellValue(values.get(index));
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ProgramDefinition program(String programCode) {
		ProgramDefinition program = this.programs.get(programCode);
		if (!program.chain().supplyDemand()) {
			throw new NotFound("filing.supply.not-found");
		}
		return program;
	}

	/** Only a county reviewer files, for its own county. */
	private static String county(Caller caller) {
		if (caller.role() != Role.COUNTY_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("filing.supply.not-found");
		}
		return caller.regionCode();
	}

	private @Nullable Kind kind(String text) {
		for (Kind kind : Kind.values()) {
			if (text.equals(this.texts.of("filing.supply.kind." + kind.name())) || text.equalsIgnoreCase(kind.name())) {
				return kind;
			}
		}
		return null;
	}

	private @Nullable String tooLong(Row row, int[] columns) {
		for (int index = 4; index < columns.length; index++) {
			int limit = index == 7 || index == 8 ? 50 : index == 4 ? 200 : MAX_TEXT;
			if (Spreadsheets.text(row, columns[index]).length() > limit) {
				return this.texts.of("filing.supply.too-long", column(COLUMNS.get(index)));
			}
		}
		return null;
	}

	private String column(String key) {
		return this.texts.of("filing.supply.column." + key);
	}



	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	private static @Nullable String empty(String text) {
		return text.isEmpty() ? null : text;
	}

}
