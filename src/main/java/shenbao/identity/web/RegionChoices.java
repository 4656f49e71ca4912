package shenbao.identity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import shenbao.identity.internal.IdentityProperties;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * The 所在市州 + 所在县区 pair of selects on the registration and profile pages. People choose a city, then one of its
 * counties (htmx loads them; without JavaScript the page is sent once with the city and comes back with them); the
 * unit's region is the county, or the city when it has none. The deployment's own province is listed first.
 */
@Component
class RegionChoices {

	static final String CITY_FIELD = "cityCode";

	static final String COUNTY_FIELD = "countyCode";

	static final String REGION_FIELD = "regionCode";

	private final Regions regions;

	private final String homeProvince;

	RegionChoices(Regions regions, IdentityProperties properties) {
		this.regions = regions;
		this.homeProvince = properties.homeProvince();
	}

	/** What the {@code identity/unit-fields} fragments read: the cities by province and the chosen city's counties. */
	void addTo(Model model, @Nullable String cityCode, @Nullable String countyCode) {
		model.addAttribute("provinces", provinces());
		model.addAttribute("cityCode", blankToEmpty(cityCode));
		model.addAttribute("countyCode", blankToEmpty(countyCode));
		addCounties(model, cityCode);
	}

	/** Only the county options, for the htmx answer when another city is chosen. */
	void addCounties(Model model, @Nullable String cityCode) {
		Optional<Region> city = city(cityCode);
		model.addAttribute("cityChosen", city.isPresent());
		model.addAttribute("counties", city.map(chosen -> this.regions.children(chosen.code())).orElse(List.of()));
	}

	/** The unit's region: the county when one is chosen, otherwise the city. */
	static String regionCode(@Nullable String cityCode, @Nullable String countyCode) {
		return blankToEmpty(countyCode).isEmpty() ? blankToEmpty(cityCode) : blankToEmpty(countyCode);
	}

	/** The two selects of a stored region: a county and its city, or a city without counties and no county. */
	Pick pick(String regionCode) {
		return this.regions.find(regionCode)
			.filter(Region::isCounty)
			.map(county -> new Pick(String.valueOf(county.parentCode()), county.code()))
			.orElseGet(() -> new Pick(regionCode, ""));
	}

	/**
	 * A county left over from another city: without JavaScript the county list only changes when the page comes
	 * back, so a person can send a new city with the old county.
	 */
	Optional<FieldProblem> countyOutsideCity(@Nullable String cityCode, @Nullable String countyCode) {
		String county = blankToEmpty(countyCode);
		if (county.isEmpty()) {
			return Optional.empty();
		}
		boolean inCity = this.regions.find(county)
			.map(region -> blankToEmpty(cityCode).equals(region.parentCode()))
			.orElse(false);
		return inCity ? Optional.empty()
				: Optional.of(FieldProblem.ofKey(COUNTY_FIELD, "identity.region.county-outside-city"));
	}

	/**
	 * The facades name the unit's region {@code regionCode}; a page shows a problem with it next to the county select
	 * whenever the city has counties (that is the one to fix), otherwise next to the city select.
	 */
	FieldProblem placed(FieldProblem problem, @Nullable String cityCode, @Nullable String countyCode) {
		if (!problem.field().equals(REGION_FIELD)) {
			return problem;
		}
		boolean cityHasCounties = city(cityCode).map(city -> !this.regions.children(city.code()).isEmpty())
			.orElse(false);
		String field = !blankToEmpty(countyCode).isEmpty() || cityHasCounties ? COUNTY_FIELD : CITY_FIELD;
		return new FieldProblem(field, problem.key(), problem.arguments(), problem.text());
	}

	private Optional<Region> city(@Nullable String cityCode) {
		return this.regions.find(blankToEmpty(cityCode)).filter(Region::isCity);
	}

	private List<ProvinceCities> provinces() {
		List<ProvinceCities> provinces = new ArrayList<>();
		for (Region province : this.regions.provinces()) {
			provinces.add(new ProvinceCities(province, this.regions.children(province.code())));
		}
		provinces.sort(Comparator.comparing(entry -> !entry.province().code().equals(this.homeProvince)));
		return provinces;
	}

	private static String blankToEmpty(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** What the two selects show. */
	record Pick(String cityCode, String countyCode) {
	}

	/** One {@code <optgroup>}: a province and its 市州. */
	record ProvinceCities(Region province, List<Region> cities) {
	}

}
