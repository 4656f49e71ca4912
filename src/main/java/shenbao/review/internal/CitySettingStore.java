package shenbao.review.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.review.CitySetting;

/** SQL for {@code review_city_setting}. */
@Repository
class CitySettingStore {

	private final JdbcClient jdbc;

	CitySettingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CitySetting> find(String programCode, String cityCode) {
		return this.jdbc.sql("SELECT * FROM review_city_setting WHERE program_code = :program AND city_code = :city")
			.param("program", programCode)
			.param("city", cityCode)
			.query((rs, row) -> new CitySetting(rs.getString("program_code"), rs.getString("city_code"),
					(Boolean) rs.getObject("county_review", Boolean.class), rs.getObject("county_closes", LocalDateTime.class),
					rs.getObject("city_closes", LocalDateTime.class)))
			.optional();
	}

	void save(CitySetting setting, String setBy, Instant at) {
		int updated = this.jdbc.sql("""
				UPDATE review_city_setting SET county_review = :county, county_closes = :countyCloses,
				    city_closes = :cityCloses, set_by = :by, set_at = :at
				WHERE program_code = :program AND city_code = :city
				""")
			.params(parameters(setting, setBy, at))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO review_city_setting (program_code, city_code, county_review, county_closes, city_closes,
					    set_by, set_at)
					VALUES (:program, :city, :county, :countyCloses, :cityCloses, :by, :at)
					""").params(parameters(setting, setBy, at)).update();
		}
	}

	private static java.util.Map<String, @Nullable Object> parameters(CitySetting setting, String setBy, Instant at) {
		java.util.Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
		parameters.put("program", setting.programCode());
		parameters.put("city", setting.cityCode());
		parameters.put("county", setting.countyReview());
		parameters.put("countyCloses", setting.countyCloses());
		parameters.put("cityCloses", setting.cityCloses());
		parameters.put("by", setBy);
		parameters.put("at", at.atOffset(ZoneOffset.UTC));
		return parameters;
	}

}
