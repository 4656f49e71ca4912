package shenbao.guide.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.CityNotices;
import shenbao.application.StartCondition;
import shenbao.deadline.CityWindows;
import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.guide.Guide;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * Where a published guide reaches others: the unit's window ({@link CityWindows}), who may start
 * ({@link StartCondition}: a 名单制 program), the notice on the program pages ({@link CityNotices}) and its PDF ({@link FileAccess}).
 * An unpublished guide binds nobody and is seen only by its city.
 */
@Component
class GuideHooks implements CityWindows, StartCondition, CityNotices, FileAccess {

	private final GuideStore store;

	private final Programs programs;

	private final Units units;

	private final Regions regions;

	GuideHooks(GuideStore store, Programs programs, Units units, Regions regions) {
		this.store = store;
		this.programs = programs;
		this.units = units;
		this.regions = regions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Windows.Window> window(String programCode, String cityCode) {
		return published(programCode, cityCode)
			.filter(guide -> guide.applyOpens() != null || guide.applyCloses() != null)
			.flatMap(guide -> this.programs.find(programCode).map(program -> new Windows.Window(
					guide.applyOpens() != null ? guide.applyOpens() : program.windows().apply().opens(),
					guide.applyCloses() != null ? guide.applyCloses() : program.windows().apply().closes())));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RuleViolation> refusal(long unitId, ProgramDefinition program) {
		UnitProfile unit = this.units.find(unitId).orElse(null);
		Region city = unit == null ? null : this.regions.cityOf(unit.regionCode()).orElse(null);
		if (city == null) {
			return Optional.empty();
		}
		return published(program.code(), city.code()).filter(Guide::restricted)
			.filter(guide -> !this.store.isNamed(guide.id(), unit.creditCode().value()))
			.map(guide -> new RuleViolation("guide.start.not-listed", city.name(), program.name()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CityNotice> notice(String programCode, long unitId) {
		Region city = this.units.find(unitId).flatMap(unit -> this.regions.cityOf(unit.regionCode())).orElse(null);
		if (city == null) {
			return Optional.empty();
		}
		return published(programCode, city.code()).map(guide -> new CityNotice(guide.id(), city.name(), guide.title(),
				guide.bodyHtml(), guide.pdfId(), guide.pdfFilename()));
	}

	/** A published guide's PDF is a public notice to anyone signed in; an unpublished one only to its city. */
	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(Caller caller, StoredFile file) {
		return this.store.byPdf(file.id())
			.map(guide -> guide.published() || ((caller.role() == Role.CITY_REVIEWER || caller.role() == Role.CITY_ADMIN)
					&& guide.cityCode().equals(caller.regionCode())))
			.orElse(false);
	}

	private Optional<Guide> published(String programCode, String cityCode) {
		return this.store.forProgram(programCode, cityCode).filter(Guide::published);
	}

}
