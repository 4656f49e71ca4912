package shenbao.program;

import java.util.Map;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/** How many applications each 市州 may recommend to the province: a default and per-city exceptions. */
public record Quotas(@Nullable Integer perCity, Map<String, Integer> cities) {

	public Quotas {
		cities = Map.copyOf(cities);
	}

	/** The quota of a city; empty when the program sets none. */
	public OptionalInt forCity(String cityCode) {
		Integer quota = this.cities.getOrDefault(cityCode, this.perCity);
		return quota == null ? OptionalInt.empty() : OptionalInt.of(quota);
	}

}
