package shenbao.filing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The county_priority table: the stored rank of each ranked application. */
@Repository
class PriorityStore {

	private final JdbcClient jdbc;

	PriorityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stored ranks of a county's applications; locks them so two moves in one county run one after the other. */
	Map<Long, Integer> lockRanks(String programCode, String countyCode) {
		return this.jdbc
			.sql("SELECT application_id, priority FROM county_priority WHERE program_code = ? AND county_code = ? FOR UPDATE")
			.params(programCode, countyCode)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Map<Long, Integer> ranks(String programCode) {
		return this.jdbc.sql("SELECT application_id, priority FROM county_priority WHERE program_code = ?")
			.param(programCode)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Replaces the county's order with this one, ranked 1..n. */
	void replace(String programCode, String countyCode, List<Long> applicationIds) {
		this.jdbc.sql("DELETE FROM county_priority WHERE program_code = ? AND county_code = ?")
			.params(programCode, countyCode)
			.update();
		for (int index = 0; index < applicationIds.size(); index++) {
			this.jdbc
				.sql("INSERT INTO county_priority (program_code, county_code, application_id, priority) VALUES (?, ?, ?, ?)")
				.params(programCode, countyCode, applicationIds.get(index), index + 1)
				.update();
		}
	}

}
