package shenbao.quota.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import shenbao.platform.Conflict;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;

/**
 * {@link CityQuotas} in SQL. The allotment row of (program, city) is locked with {@code SELECT … FOR UPDATE} before
 * the places are counted, so two recommendations for one city run one after the other on any node; the count of
 * {@code quota_place} rows is the truth, not a counter that could drift.
 */
@Service
class QuotaLedger implements CityQuotas {

	private final JdbcClient jdbc;

	private final Programs programs;

	private final Clock clock;

	QuotaLedger(JdbcClient jdbc, Programs programs, Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public QuotaUse usage(String programCode, String cityCode) {
		ProgramDefinition program = this.programs.get(programCode);
		Integer quota = allotment(programCode, cityCode, false).orElseGet(() -> quotaOf(program, cityCode));
		return new QuotaUse(programCode, cityCode, quota, used(programCode, cityCode));
	}

	@Override
	@Transactional(readOnly = true)
	public List<QuotaUse> usages(String programCode, List<String> cityCodes) {
		ProgramDefinition program = this.programs.get(programCode);
		if (cityCodes.isEmpty()) {
			return List.of();
		}
		Map<String, @Nullable Integer> allotted = new HashMap<>();
		this.jdbc.sql("SELECT city_code, quota FROM quota_allotment WHERE program_code = :program AND city_code IN (:cities)")
			.param("program", programCode)
			.param("cities", cityCodes)
			.query((rs, row) -> allotted.put(rs.getString("city_code"), (Integer) rs.getObject("quota", Integer.class)))
			.list();
		Map<String, Integer> used = new HashMap<>();
		this.jdbc.sql("""
				SELECT city_code, COUNT(*) AS n FROM quota_place WHERE program_code = :program AND city_code IN (:cities)
				GROUP BY city_code
				""")
			.param("program", programCode)
			.param("cities", cityCodes)
			.query((rs, row) -> used.put(rs.getString("city_code"), rs.getInt("n")))
			.list();
		return cityCodes.stream()
			.map(city -> new QuotaUse(programCode, city,
					allotted.containsKey(city) ? allotted.get(city) : quotaOf(program, city), used.getOrDefault(city, 0)))
			.toList();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public QuotaUse take(String programCode, String cityCode, long applicationId) {
		QuotaUse use = lockAndCount(programCode, cityCode);
		if (use.isFull()) {
			throw new Conflict("quota.full", use.used(), use.quota());
		}
		insertPlace(programCode, cityCode, applicationId);
		return new QuotaUse(programCode, cityCode, use.quota(), use.used() + 1);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tryTake(String programCode, String cityCode, long applicationId) {
		if (lockAndCount(programCode, cityCode).isFull()) {
			return false;
		}
		insertPlace(programCode, cityCode, applicationId);
		return true;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(long applicationId) {
		this.jdbc.sql("DELETE FROM quota_place WHERE application_id = :id").param("id", applicationId).update();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean holdsPlace(long applicationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quota_place WHERE application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single() > 0;
	}

	private QuotaUse lockAndCount(String programCode, String cityCode) {
		ProgramDefinition program = this.programs.get(programCode);
		Optional<@Nullable Integer> locked = allotment(programCode, cityCode, true);
		if (locked.isEmpty()) {
			ensureAllotment(programCode, cityCode, quotaOf(program, cityCode));
			locked = allotment(programCode, cityCode, true);
		}
		Integer quota = locked.orElse(null);
		return new QuotaUse(programCode, cityCode, quota, used(programCode, cityCode));
	}

	private void insertPlace(String programCode, String cityCode, long applicationId) {
		this.jdbc.sql("""
				INSERT INTO quota_place (application_id, program_code, city_code, taken_at)
				VALUES (:id, :program, :city, :now)
				""")
			.param("id", applicationId)
			.param("program", programCode)
			.param("city", cityCode)
			.param("now", this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	/** The quota stored for the city (locked when asked); empty when there is no row yet. */
	private Optional<@Nullable Integer> allotment(String programCode, String cityCode, boolean lock) {
		return this.jdbc
			.sql("SELECT quota FROM quota_allotment WHERE program_code = :program AND city_code = :city"
					+ (lock ? " FOR UPDATE" : ""))
			.param("program", programCode)
			.param("city", cityCode)
			.query((rs, row) -> Optional.ofNullable((Integer) rs.getObject("quota", Integer.class)))
			.optional()
			.map(value -> value.orElse(null));
	}

	/**
	 * Creates the row a city's recommendations lock, or sets its quota; a concurrent creator's row is just as good
	 * ({@code ON CONFLICT DO NOTHING}: a failed insert would abort a PostgreSQL transaction).
	 */
	void ensureAllotment(String programCode, String cityCode, @Nullable Integer quota) {
		int updated = this.jdbc
			.sql("UPDATE quota_allotment SET quota = :quota WHERE program_code = :program AND city_code = :city")
			.param("program", programCode)
			.param("city", cityCode)
			.param("quota", quota)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO quota_allotment (program_code, city_code, quota) VALUES (:program, :city, :quota)
					ON CONFLICT DO NOTHING
					""")
				.param("program", programCode)
				.param("city", cityCode)
				.param("quota", quota)
				.update();
		}
	}

	private int used(String programCode, String cityCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quota_place WHERE program_code = :program AND city_code = :city")
			.param("program", programCode)
			.param("city", cityCode)
			.query(Integer.class)
			.single();
	}

	private static @Nullable Integer quotaOf(ProgramDefinition program, String cityCode) {
		var quota = program.quotas().forCity(cityCode);
		return quota.isPresent() ? quota.getAsInt() : null;
	}

}
