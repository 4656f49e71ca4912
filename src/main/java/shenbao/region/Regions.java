package shenbao.region;

import java.util.List;
import java.util.Optional;

/** Read access to the region tree. */
public interface Regions {

	Optional<Region> find(String code);

	List<Region> provinces();

	List<Region> children(String code);

	/** The 市州 a region belongs to (itself for a city); empty for a province or an unknown code. */
	Optional<Region> cityOf(String code);

	/** The province a region belongs to (itself for a province). */
	Optional<Region> provinceOf(String code);

	/** Whether {@code code} is {@code ancestorCode} or lies below it. */
	boolean isWithin(String code, String ancestorCode);

	/** "甘肃省 武威市 凉州区" for display. */
	String fullName(String code);

	/**
	 * Whether a unit may register in this region: a 县区, or a 市州 that has no county level (SPEC §10).
	 */
	default boolean acceptsUnits(String code) {
		return find(code).map(region -> region.isCounty() || (region.isCity() && children(code).isEmpty()))
			.orElse(false);
	}

}
