package shenbao.application.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.application.ApplicationCount;
import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * The reviewers' lists in SQL, with the scope of {@link ApplicationScope} as a WHERE clause: a county reviewer sees
 * the county's units, a city reviewer the city's, the province its cities'; nobody sees drafts.
 */
@Repository
class ReviewQueries {

	private final JdbcClient jdbc;

	private final Regions regions;

	ReviewQueries(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	ApplicationPage search(Caller caller, ApplicationQuery query) {
		Where where = scope(caller);
		if (where == null) {
			return new ApplicationPage(List.of(), 0, query.page(), query.size());
		}
		where.filter(query.programCode(), query.statuses().stream().map(Enum::name).toList(), query.regionCode(),
				query.unitName());
		long total = this.jdbc.sql("SELECT COUNT(*) FROM application WHERE " + where.sql())
			.params(where.parameters)
			.query(Long.class)
			.single();
		List<ApplicationSummary> items = this.jdbc
			.sql("SELECT * FROM application WHERE " + where.sql()
					+ " ORDER BY submitted_at DESC NULLS LAST, id DESC LIMIT :limit OFFSET :offset")
			.params(where.parameters)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(this::summary)
			.list();
		return new ApplicationPage(items, total, query.page(), query.size());
	}

	Map<ApplicationStatus, Long> countByStatus(Caller caller, @Nullable String programCode) {
		Map<ApplicationStatus, Long> counts = new LinkedHashMap<>();
		Where where = scope(caller);
		if (where == null) {
			return counts;
		}
		where.filter(programCode, List.of(), null, null);
		this.jdbc.sql("SELECT status, COUNT(*) AS n FROM application WHERE " + where.sql() + " GROUP BY status")
			.params(where.parameters)
			.query((rs, row) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	List<ApplicationCount> counts(Caller caller) {
		Where where = scope(caller);
		if (where == null) {
			return List.of();
		}
		return this.jdbc.sql("SELECT program_code, city_code, region_code, status, COUNT(*) AS n FROM application WHERE "
				+ where.sql() + " GROUP BY program_code, city_code, region_code, status")
			.params(where.parameters)
			.query((rs, row) -> new ApplicationCount(rs.getString("program_code"), rs.getString("city_code"),
					rs.getString("region_code"), ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	List<ApplicationSummary> ofUnit(Caller caller, long unitId) {
		Where where = scope(caller);
		if (where == null) {
			return List.of();
		}
		where.add("unit_id = :unit", "unit", unitId);
		return this.jdbc
			.sql("SELECT * FROM application WHERE " + where.sql() + " ORDER BY submitted_at DESC NULLS LAST, id DESC")
			.params(where.parameters)
			.query(this::summary)
			.list();
	}

	Map<Long, Long> recognisedCounts(Collection<Long> unitIds) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return counts;
		}
		this.jdbc
			.sql("SELECT unit_id, COUNT(*) AS n FROM application WHERE status = 'RECOGNISED' AND unit_id IN (:units)"
					+ " GROUP BY unit_id")
			.param("units", Set.copyOf(unitIds))
			.query((rs, row) -> counts.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Each application's id, program, city and self-scores (JSON) in the caller's scope. */
	<T> List<T> selfScores(Caller caller, SelfScoresRow<T> mapper) {
		Where where = scope(caller);
		if (where == null) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, program_code, city_code, self_scores FROM application WHERE " + where.sql())
			.params(where.parameters)
			.query((rs, row) -> mapper.map(rs.getLong("id"), rs.getString("program_code"), rs.getString("city_code"),
					rs.getString("self_scores")))
			.list();
	}

	@FunctionalInterface
	interface SelfScoresRow<T> {

		T map(long id, String programCode, String cityCode, String selfScoresJson);

	}

	/**
	 * The conditions of {@link #search} for one program and, optionally, one region below the caller's; null when
	 * the caller's scope is empty. For {@link ExportRows}, which reads the same rows with a cursor.
	 */
	@Nullable Where scope(Caller caller, String programCode, @Nullable String regionCode) {
		Where where = scope(caller);
		if (where != null) {
			where.filter(programCode, List.of(), regionCode, null);
		}
		return where;
	}

	/** Which of {@code ids} lie inside the caller's scope (the same conditions as {@link #search}). */
	Set<Long> visible(Caller caller, Collection<Long> ids) {
		Where where = scope(caller);
		if (where == null || ids.isEmpty()) {
			return Set.of();
		}
		where.add("id IN (:ids)", "ids", List.copyOf(ids));
		return Set.copyOf(this.jdbc.sql("SELECT id FROM application WHERE " + where.sql())
			.params(where.parameters)
			.query(Long.class)
			.list());
	}

	private @Nullable Where scope(Caller caller) {
		Where where = new Where();
		where.add("status <> 'DRAFT'", null, null);
		String region = caller.regionCode();
		switch (caller.role()) {
			case COUNTY_REVIEWER -> where.add("region_code = :scope", "scope", region);
			case CITY_REVIEWER -> where.add("city_code = :scope", "scope", region);
			case PROVINCE_REVIEWER -> {
				List<String> cities = region == null ? List.of()
						: this.regions.children(region).stream().map(Region::code).toList();
				if (cities.isEmpty()) {
					return null;
				}
				where.add("city_code IN (:scope)", "scope", cities);
			}
			case SYSTEM_ADMIN -> {
			}
			default -> {
				return null;
			}
		}
		if (caller.role() != shenbao.identity.Role.SYSTEM_ADMIN && region == null) {
			return null;
		}
		return where;
	}

	private ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
		return new ApplicationSummary(rs.getLong("id"), rs.getString("program_code"), rs.getLong("unit_id"),
				rs.getString("unit_name"), rs.getString("region_code"), rs.getString("city_code"),
				ApplicationStatus.valueOf(rs.getString("status")),
				rs.getObject("submitted_at") == null ? null : ApplicationStore.instant(rs, "submitted_at"),
				ApplicationStore.instant(rs, "updated_at"));
	}

	/** AND-ed conditions and their named parameters. */
	final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		void add(String condition, @Nullable String name, @Nullable Object value) {
			this.conditions.add(condition);
			if (name != null && value != null) {
				this.parameters.put(name, value);
			}
		}

		void filter(@Nullable String programCode, List<String> statuses, @Nullable String regionCode,
				@Nullable String unitName) {
			if (programCode != null && !programCode.isBlank()) {
				add("program_code = :program", "program", programCode);
			}
			if (!statuses.isEmpty()) {
				add("status IN (:statuses)", "statuses", statuses);
			}
			if (regionCode != null && !regionCode.isBlank()) {
				boolean city = ReviewQueries.this.regions.find(regionCode).map(Region::isCity).orElse(false);
				add(city ? "city_code = :region" : "region_code = :region", "region", regionCode);
			}
			if (unitName != null && !unitName.isBlank()) {
				String escaped = unitName.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_");
				add("LOWER(unit_name) LIKE :name ESCAPE '\\'", "name", "%" + escaped + "%");
			}
		}

		String sql() {
			return String.join(" AND ", this.conditions);
		}

		Map<String, Object> parameters() {
			return this.parameters;
		}

	}

}
