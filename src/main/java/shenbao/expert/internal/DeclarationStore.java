package shenbao.expert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.expert.Affiliation;

/** SQL for what experts declare: their own unit and region, relationships with units, conflicts. */
@Repository
class DeclarationStore {

	enum Kind {

		RELATIONSHIP, CONFLICT

	}

	/** One declaration row; {@code applicationId} is set for a conflict declared on an assigned application. */
	record Declared(long id, long expertId, Kind kind, @Nullable String creditCode, @Nullable String unitName,
			@Nullable Long applicationId, String note) {
	}

	private final JdbcClient jdbc;

	DeclarationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Affiliation> affiliation(long expertId) {
		return this.jdbc.sql("SELECT unit_name, credit_code, region_code FROM expert_affiliation WHERE expert_id = :id")
			.param("id", expertId)
			.query((rs, row) -> new Affiliation(rs.getString("unit_name"), rs.getString("credit_code"),
					rs.getString("region_code")))
			.optional();
	}

	void saveAffiliation(long expertId, Affiliation affiliation, String by, Instant at) {
		this.jdbc.sql("DELETE FROM expert_affiliation WHERE expert_id = :id").param("id", expertId).update();
		this.jdbc.sql("""
				INSERT INTO expert_affiliation (expert_id, unit_name, credit_code, region_code, updated_at, updated_by)
				VALUES (:id, :unit, :code, :region, :at, :by)
				""")
			.param("id", expertId)
			.param("unit", affiliation.unitName())
			.param("code", affiliation.creditCode())
			.param("region", affiliation.regionCode())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<Declared> of(long expertId) {
		return this.jdbc.sql("SELECT * FROM expert_declaration WHERE expert_id = :id ORDER BY id")
			.param("id", expertId)
			.query(DeclarationStore::map)
			.list();
	}

	List<Declared> ofAll(Collection<Long> expertIds) {
		if (expertIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM expert_declaration WHERE expert_id IN (:ids) ORDER BY id")
			.param("ids", expertIds)
			.query(DeclarationStore::map)
			.list();
	}

	long add(long expertId, Kind kind, @Nullable String creditCode, @Nullable String unitName,
			@Nullable Long applicationId, String note, String by, Instant at) {
		// a generated key rather than RETURNING, which H2 (the embedded default) does not know
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO expert_declaration (expert_id, kind, credit_code, unit_name, application_id, note,
				    declared_at, declared_by)
				VALUES (:expert, :kind, :code, :unit, :application, :note, :at, :by)
				""")
			.param("expert", expertId)
			.param("kind", kind.name())
			.param("code", creditCode)
			.param("unit", unitName)
			.param("application", applicationId)
			.param("note", note)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by)
			.update(key, "id");
		return Objects.requireNonNull(key.getKey(), "a generated id").longValue();
	}

	boolean remove(long expertId, long id, Kind kind) {
		return this.jdbc.sql("DELETE FROM expert_declaration WHERE id = :id AND expert_id = :expert AND kind = :kind")
			.param("id", id)
			.param("expert", expertId)
			.param("kind", kind.name())
			.update() == 1;
	}

	private static Declared map(ResultSet rs, int row) throws SQLException {
		long application = rs.getLong("application_id");
		Long applicationId = rs.wasNull() ? null : application;
		return new Declared(rs.getLong("id"), rs.getLong("expert_id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("credit_code"), rs.getString("unit_name"), applicationId, rs.getString("note"));
	}

}
