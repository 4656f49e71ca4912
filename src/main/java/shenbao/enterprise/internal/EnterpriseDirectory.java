package shenbao.enterprise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationStatistics;
import shenbao.credit.CreditList;
import shenbao.document.UnitLibrary;
import shenbao.enterprise.Enterprises;
import shenbao.identity.AccountDirectory;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.identity.Units.UnitFilter;
import shenbao.identity.Units.UnitPage;
import shenbao.platform.NotFound;
import shenbao.region.Region;
import shenbao.region.Regions;

/** {@link Enterprises}: the unit list and 企业画像 put together from identity, application, credit and document. */
@Service
@Transactional(readOnly = true)
class EnterpriseDirectory implements Enterprises {

	static final String NOT_FOUND = "enterprise.not-found";

	private final Units units;

	private final Regions regions;

	private final ApplicationStatistics applications;

	private final CreditList credit;

	private final AccountDirectory accounts;

	private final UnitLibrary library;

	private final TagStore tags;

	EnterpriseDirectory(Units units, Regions regions, ApplicationStatistics applications, CreditList credit,
			AccountDirectory accounts, UnitLibrary library, TagStore tags) {
		this.units = units;
		this.regions = regions;
		this.applications = applications;
		this.credit = credit;
		this.accounts = accounts;
		this.library = library;
		this.tags = tags;
	}

	@Override
	public Page list(Caller caller, UnitFilter filter) {
		UnitPage found = this.units.search(regionCodes(caller), filter);
		List<Long> ids = found.units().stream().map(UnitProfile::id).toList();
		Map<Long, Long> supported = this.applications.recognisedCounts(ids);
		Map<String, ?> listed = this.credit
			.findAll(found.units().stream().map(unit -> unit.creditCode().value()).toList());
		Map<Long, List<String>> tagged = this.tags.ofAll(ids);
		List<Row> rows = found.units()
			.stream()
			.map(unit -> new Row(unit, city(unit.regionCode()), county(unit.regionCode()),
					supported.getOrDefault(unit.id(), 0L), listed.containsKey(unit.creditCode().value()),
					tagged.getOrDefault(unit.id(), List.of())))
			.toList();
		return new Page(rows, found.total(), found.page(), found.size());
	}

	@Override
	public Portrait portrait(Caller caller, long unitId) {
		UnitProfile unit = visible(caller, unitId);
		return new Portrait(unit, this.regions.fullName(unit.regionCode()), city(unit.regionCode()),
				county(unit.regionCode()),
				this.applications.recognisedCounts(List.of(unitId)).getOrDefault(unitId, 0L),
				this.credit.find(unit.creditCode().value()).orElse(null), this.tags.of(unitId),
				this.accounts.ofUnit(unitId), this.library.list(unitId), this.applications.ofUnit(caller, unitId));
	}

	@Override
	public boolean mayTag(Caller caller) {
		return caller.is(Role.PROVINCE_REVIEWER) || caller.is(Role.CITY_REVIEWER);
	}

	/** The unit, when it lies in the caller's region; 404 otherwise, as for a unit that does not exist. */
	UnitProfile visible(Caller caller, long unitId) {
		return this.units.find(unitId)
			.filter(unit -> regionCodes(caller).contains(unit.regionCode()))
			.orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	/** The caller's region and every region below it; empty for anyone but a reviewer. */
	Collection<String> regionCodes(Caller caller) {
		String region = caller.regionCode();
		boolean reviewer = caller.is(Role.COUNTY_REVIEWER) || caller.is(Role.CITY_REVIEWER)
				|| caller.is(Role.PROVINCE_REVIEWER);
		if (!reviewer || region == null) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		collect(region, codes);
		return codes;
	}

	private void collect(String code, List<String> codes) {
		codes.add(code);
		for (Region child : this.regions.children(code)) {
			collect(child.code(), codes);
		}
	}

	private String city(String regionCode) {
		return this.regions.cityOf(regionCode).map(Region::name).orElse("");
	}

	private String county(String regionCode) {
		return this.regions.find(regionCode).filter(Region::isCounty).map(Region::name).orElse("");
	}

}
