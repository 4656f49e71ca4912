package shenbao.filing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.filing.SupplyDemand.Filing;
import shenbao.filing.SupplyDemand.Kind;
import shenbao.filing.SupplyDemand.Line;

/** The supply_demand_filing and supply_demand_row tables. */
@Repository
class SupplyDemandStore {

	private final JdbcClient jdbc;

	SupplyDemandStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the county's filing (its rows go with it). */
	void replace(String programCode, String countyCode, String cityCode, Instant now, String by, List<Line> lines) {
		this.jdbc.sql("DELETE FROM supply_demand_filing WHERE program_code = ? AND county_code = ?")
			.params(programCode, countyCode)
			.update();
		this.jdbc
			.sql("INSERT INTO supply_demand_filing (program_code, county_code, city_code, filed_at, filed_by)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(programCode, countyCode, cityCode, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by)
			.update();
		for (Line line : lines) {
			this.jdbc.sql("""
					INSERT INTO supply_demand_row (program_code, county_code, line, unit_name, credit_code, kind, domain,
					    supply, demand, contact, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(programCode, countyCode, line.line(), line.unitName(), line.creditCode(), line.kind().name(),
						line.domain(), line.supply(), line.demand(), line.contact(), line.phone())
				.update();
		}
	}

	/** The filings of a program, of one city or county when given, county by county. */
	List<Filing> filings(String programCode, @Nullable String cityCode, @Nullable String countyCode) {
		record Head(String county, String city, OffsetDateTime at, String by) {
		}
		List<Head> heads = this.jdbc.sql("""
				SELECT county_code, city_code, filed_at, filed_by FROM supply_demand_filing
				WHERE program_code = :program AND (:city = '' OR city_code = :city) AND (:county = '' OR county_code = :county)
				ORDER BY city_code, county_code
				""")
			.param("program", programCode)
			.param("city", cityCode == null ? "" : cityCode)
			.param("county", countyCode == null ? "" : countyCode)
			.query((rs, row) -> new Head(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getString(4)))
			.list();
		List<Filing> filings = new ArrayList<>();
		for (Head head : heads) {
			List<Line> lines = this.jdbc.sql("""
					SELECT line, unit_name, credit_code, kind, domain, supply, demand, contact, phone
					FROM supply_demand_row WHERE program_code = ? AND county_code = ? ORDER BY line
					""")
				.params(programCode, head.county())
				.query((rs, row) -> new Line(rs.getInt(1), rs.getString(2), rs.getString(3), Kind.valueOf(rs.getString(4)),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
				.list();
			filings.add(new Filing(head.county(), head.city(), head.at().toInstant(), head.by(), lines));
		}
		return filings;
	}

}
