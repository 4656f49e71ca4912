package shenbao.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.deadline.Deadlines;
import shenbao.export.SummaryRequest;
import shenbao.export.SummarySheets;
import shenbao.guide.CityGuides;
import shenbao.guide.Guide;
import shenbao.guide.GuideEdit;
import shenbao.guide.NamedUnit;
import shenbao.guide.ProgramGuide;
import shenbao.guide.UnitImport;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RichText;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;
import shenbao.region.Region;
import shenbao.region.Regions;
import shenbao.review.ReviewSettings;

/**
 * {@link CityGuides}: the guide in SQL, its window checked against the province's window in force for each of its
 * programs, county review written through {@link ReviewSettings} in the same transaction, so that one refused
 * program refuses the whole batch.
 */
@Service
class GuideService implements CityGuides {

	static final String NOT_FOUND = "guide.not-found";

	private static final int TITLE = 200;

	/** An opening is shown as the moment itself; {@link Windows#shown} reads a midnight as the day before's 24:00. */
	private static final DateTimeFormatter OPENS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final GuideStore store;

	private final Programs programs;

	private final Regions regions;

	private final Deadlines deadlines;

	private final ReviewSettings settings;

	private final SummarySheets sheets;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	GuideService(GuideStore store, Programs programs, Regions regions, Deadlines deadlines, ReviewSettings settings,
			SummarySheets sheets, AuditTrail audit, Texts texts, Clock clock) {
		this.store = store;
		this.programs = programs;
		this.regions = regions;
		this.deadlines = deadlines;
		this.settings = settings;
		this.sheets = sheets;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramGuide> overview(Caller caller) {
		String city = city(caller);
		List<ProgramGuide> rows = new ArrayList<>();
		for (ProgramDefinition program : provincePrograms(city)) {
			var setting = this.settings.effective(program.code(), city);
			rows.add(new ProgramGuide(program.code(), program.name(), program.year(), program.windows().apply().opens(),
					this.deadlines.applyCloses(program, null), this.store.forProgram(program.code(), city).orElse(null),
					setting.countyReview(), setting.countyOptional(), setting.countyCloses()));
		}
		return rows;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Guide> list(Caller caller, String cityCode) {
		String city = city(caller);
		if (!city.equals(cityCode)) {
			throw new NotFound(NOT_FOUND);
		}
		return this.store.ofCity(city);
	}

	@Override
	@Transactional(readOnly = true)
	public Guide get(Caller caller, long id) {
		return own(caller, id);
	}

	@Override
	@Transactional
	public Guide save(Caller caller, GuideEdit edit) {
		String city = city(caller);
		String title = edit.title() == null ? "" : edit.title().strip();
		if (title.isEmpty() || title.length() > TITLE) {
			throw InvalidInput.field("title", "guide.title.required", TITLE);
		}
		Set<String> codes = new LinkedHashSet<>(edit.programs());
		if (codes.isEmpty()) {
			throw InvalidInput.field("programs", "guide.programs.required");
		}
		String province = province(city);
		List<ProgramDefinition> chosen = new ArrayList<>();
		for (String code : codes) {
			ProgramDefinition program = this.programs.find(code).orElse(null);
			if (program == null || !program.province().equals(province)) {
				throw new NotFound("guide.program.not-found", code);
			}
			requireInside(program, edit.applyOpens(), edit.applyCloses());
			chosen.add(program);
		}
		Guide target = edit.id() != null ? lockOwn(caller, edit.id())
				: this.store.forProgram(chosen.get(0).code(), city).flatMap(guide -> this.store.lock(guide.id())).orElse(null);
		if (target != null && edit.version() != null && edit.version() != target.version()) {
			throw new Conflict("guide.version.stale");
		}
		var fields = new GuideStore.Fields(title, RichText.sanitise(edit.body() == null ? "" : edit.body()),
				edit.pdfId() != null ? edit.pdfId() : target == null ? null : target.pdfId(),
				edit.pdfId() != null ? edit.pdfFilename() : target == null ? null : target.pdfFilename(),
				edit.applyOpens(), edit.applyCloses(), edit.restricted());
		long id;
		if (target == null) {
			id = this.store.insert(city, fields, caller.displayName(), this.clock.instant());
		}
		else {
			id = target.id();
			this.store.update(id, fields, caller.displayName(), this.clock.instant());
		}
		this.store.assignPrograms(id, city, List.copyOf(codes));
		if (edit.published() != null) {
			// before the county settings: a published window is what their deadline is checked against
			this.store.publish(id, edit.published(), caller.displayName(), this.clock.instant());
		}
		// the county settings are the review module's: written after the window, which their checks read
		for (ProgramDefinition program : chosen) {
			var own = this.settings.effective(program.code(), city).own();
			Boolean countyReview = edit.countyReview() != null ? edit.countyReview()
					: own == null ? null : own.countyReview();
			LocalDateTime countyCloses = Boolean.FALSE.equals(countyReview) ? null
					: edit.countyCloses() != null ? edit.countyCloses() : own == null ? null : own.countyCloses();
			this.settings.set(caller, program.code(), countyReview, countyCloses, own == null ? null : own.cityCloses());
		}
		this.audit.record(caller, target == null ? "GUIDE_CREATED" : "GUIDE_EDITED", "guide:" + id,
				String.join(",", codes) + " " + window(edit.applyOpens(), edit.applyCloses()) + " restricted "
						+ edit.restricted() + " county " + edit.countyReview() + " published " + edit.published());
		return this.store.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Guide publish(Caller caller, long id, boolean published) {
		Guide guide = lockOwn(caller, id);
		if (published) {
			// the province's window may have moved since the guide was written
			for (String code : guide.programCodes()) {
				requireInside(this.programs.get(code), guide.applyOpens(), guide.applyCloses());
			}
		}
		this.store.publish(id, published, caller.displayName(), this.clock.instant());
		this.audit.record(caller, published ? "GUIDE_PUBLISHED" : "GUIDE_WITHDRAWN", "guide:" + id,
				String.join(",", guide.programCodes()));
		return this.store.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public UnitImport importUnits(Caller caller, long id, InputStream workbook) {
		lockOwn(caller, id);
		UnitSheet.Read read = UnitSheet.read(workbook, this.texts);
		if (!read.problems().isEmpty()) {
			return new UnitImport(0, read.problems());
		}
		this.store.replaceUnits(id, read.units());
		this.audit.record(caller, "GUIDE_UNITS_IMPORTED", "guide:" + id, read.units().size() + " units");
		return new UnitImport(read.units().size(), List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<NamedUnit> units(Caller caller, long id) {
		own(caller, id);
		return this.store.units(id);
	}

	@Override
	public long exportSummary(Caller caller, long id, OutputStream out) throws IOException {
		return this.sheets.downloadCombined(caller, requests(caller, id), out);
	}

	@Override
	public String summaryFilename(Caller caller, long id) {
		Guide guide = get(caller, id);
		requests(caller, id);
		return this.texts.of("guide.export.filename", guide.title(),
				DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(this.clock.getZone()).format(this.clock.instant()));
	}

	/** The 汇总表 of each program of the guide for the city's whole region (404 for whom the export refuses). */
	private List<SummaryRequest> requests(Caller caller, long id) {
		Guide guide = get(caller, id);
		return guide.programCodes().stream().map(code -> this.sheets.check(caller, code, null)).toList();
	}

	/**
	 * "地市设置的开始时间和结束时间不能超过省厅设置的起止时间范围": the city's window must lie inside the province's
	 * window in force (extensions for everyone included).
	 */
	private void requireInside(ProgramDefinition program, @Nullable LocalDateTime opens, @Nullable LocalDateTime closes) {
		LocalDateTime provinceOpens = program.windows().apply().opens();
		LocalDateTime provinceCloses = this.deadlines.applyCloses(program, null);
		LocalDateTime from = opens != null ? opens : provinceOpens;
		LocalDateTime to = closes != null ? closes : provinceCloses;
		if (from.isBefore(provinceOpens) || to.isAfter(provinceCloses) || !from.isBefore(to)) {
			throw new RuleViolation("guide.window.outside", program.name(), OPENS.format(from), Windows.shown(to),
					OPENS.format(provinceOpens), Windows.shown(provinceCloses));
		}
	}

	private static String window(@Nullable LocalDateTime opens, @Nullable LocalDateTime closes) {
		return (opens == null ? "-" : OPENS.format(opens)) + " ~ " + (closes == null ? "-" : Windows.shown(closes));
	}

	private Guide own(Caller caller, long id) {
		String city = city(caller);
		return this.store.find(id).filter(guide -> guide.cityCode().equals(city)).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	private Guide lockOwn(Caller caller, long id) {
		own(caller, id);
		return this.store.lock(id).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	/** The caller's city: city reviewers and city admins only. */
	private String city(Caller caller) {
		String city = caller.regionCode();
		if ((caller.role() != Role.CITY_REVIEWER && caller.role() != Role.CITY_ADMIN) || city == null) {
			throw new NotFound(NOT_FOUND);
		}
		return city;
	}

	private String province(String city) {
		return this.regions.provinceOf(city).map(Region::code).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	private List<ProgramDefinition> provincePrograms(String city) {
		String province = province(city);
		return this.programs.all().stream().filter(program -> program.province().equals(province)).toList();
	}

}
