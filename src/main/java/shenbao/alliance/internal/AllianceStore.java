package shenbao.alliance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceHistory.Summary;

/** SQL for {@code alliance} and {@code alliance_assessment}. */
@Repository
class AllianceStore {

	private final JdbcClient jdbc;

	AllianceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Alliance> all() {
		return this.jdbc.sql("SELECT * FROM alliance ORDER BY name").query(AllianceStore::alliance).list();
	}

	Optional<Alliance> find(long id) {
		return this.jdbc.sql("SELECT * FROM alliance WHERE id = :id").param("id", id).query(AllianceStore::alliance)
			.optional();
	}

	Optional<Alliance> findByLead(long unitId) {
		return this.jdbc.sql("SELECT * FROM alliance WHERE lead_unit_id = :unit")
			.param("unit", unitId)
			.query(AllianceStore::alliance)
			.optional();
	}

	boolean existsFormation(long applicationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alliance WHERE formation_application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether an alliance has this name or this lead unit. */
	boolean taken(String name, long leadUnitId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alliance WHERE name = :name OR lead_unit_id = :unit")
			.param("name", name)
			.param("unit", leadUnitId)
			.query(Long.class)
			.single() > 0;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the name, lead unit or formation is taken */
	long insert(NewAlliance alliance) {
		// a generated key rather than RETURNING, which H2 (the embedded default) does not know
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO alliance (name, tech_field, lead_unit_id, lead_unit_name, lead_credit_code, region_code,
				    recognised_year, formation_application_id, registered_by, registered_at)
				VALUES (:name, :field, :unit, :unitName, :code, :region, :year, :formation, :by, :at)
				""")
			.param("name", alliance.name())
			.param("field", alliance.techField())
			.param("unit", alliance.leadUnitId())
			.param("unitName", alliance.leadUnitName())
			.param("code", alliance.leadCreditCode())
			.param("region", alliance.regionCode())
			.param("year", alliance.recognisedYear())
			.param("formation", alliance.formationApplicationId())
			.param("by", alliance.registeredBy())
			.param("at", utc(alliance.registeredAt()))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
	}

	List<YearRow> years(long allianceId) {
		return this.jdbc.sql("SELECT * FROM alliance_assessment WHERE alliance_id = :id ORDER BY assessment_year")
			.param("id", allianceId)
			.query(AllianceStore::year)
			.list();
	}

	Optional<YearRow> year(long allianceId, int year) {
		return this.jdbc.sql("SELECT * FROM alliance_assessment WHERE alliance_id = :id AND assessment_year = :year")
			.param("id", allianceId)
			.param("year", year)
			.query(AllianceStore::year)
			.optional();
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the year is already on record */
	void insertFiled(long allianceId, int year, long applicationId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO alliance_assessment (alliance_id, assessment_year, application_id, filed_at)
				VALUES (:alliance, :year, :application, :at)
				""")
			.param("alliance", allianceId)
			.param("year", year)
			.param("application", applicationId)
			.param("at", utc(at))
			.update();
	}

	/** A year before the platform, as the province's records have it. */
	void insertRecorded(long allianceId, int year, BigDecimal total, String result, Summary summary, Instant at) {
		this.jdbc.sql("""
				INSERT INTO alliance_assessment (alliance_id, assessment_year, recorded_total, recorded_result,
				    summary_lead_unit, summary_work, summary_results, summary_next_year, summary_problems, filed_at)
				VALUES (:alliance, :year, :total, :result, :leadUnit, :work, :results, :nextYear, :problems, :at)
				""")
			.param("alliance", allianceId)
			.param("year", year)
			.param("total", total)
			.param("result", result)
			.param("leadUnit", summary.leadUnit())
			.param("work", summary.work())
			.param("results", summary.results())
			.param("nextYear", summary.nextYear())
			.param("problems", summary.problems())
			.param("at", utc(at))
			.update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Alliance alliance(ResultSet rs, int row) throws SQLException {
		return new Alliance(rs.getLong("id"), rs.getString("name"), rs.getString("tech_field"),
				rs.getLong("lead_unit_id"), rs.getString("lead_unit_name"), rs.getString("lead_credit_code"),
				rs.getString("region_code"), rs.getInt("recognised_year"),
				rs.getObject("formation_application_id") == null ? null : rs.getLong("formation_application_id"),
				rs.getString("registered_by"), rs.getObject("registered_at", OffsetDateTime.class).toInstant());
	}

	private static YearRow year(ResultSet rs, int row) throws SQLException {
		return new YearRow(rs.getInt("assessment_year"),
				rs.getObject("application_id") == null ? null : rs.getLong("application_id"),
				rs.getBigDecimal("recorded_total"), rs.getString("recorded_result"),
				new Summary(rs.getString("summary_lead_unit"), rs.getString("summary_work"),
						rs.getString("summary_results"), rs.getString("summary_next_year"),
						rs.getString("summary_problems")));
	}

	record NewAlliance(String name, @Nullable String techField, long leadUnitId, String leadUnitName,
			String leadCreditCode, String regionCode, int recognisedYear, @Nullable Long formationApplicationId,
			String registeredBy, Instant registeredAt) {
	}

	record YearRow(int year, @Nullable Long applicationId, @Nullable BigDecimal recordedTotal,
			@Nullable String recordedResult, Summary summary) {
	}

}
