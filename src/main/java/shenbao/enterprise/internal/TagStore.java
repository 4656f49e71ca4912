package shenbao.enterprise.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code unit_tag} rows. */
@Repository
class TagStore {

	private final JdbcClient jdbc;

	TagStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(long unitId) {
		return this.jdbc.sql("SELECT tag FROM unit_tag WHERE unit_id = :unit ORDER BY tag")
			.param("unit", unitId)
			.query(String.class)
			.list();
	}

	Map<Long, List<String>> ofAll(Collection<Long> unitIds) {
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return tags;
		}
		this.jdbc.sql("SELECT unit_id, tag FROM unit_tag WHERE unit_id IN (:units) ORDER BY unit_id, tag")
			.param("units", Set.copyOf(unitIds))
			.query((rs, row) -> tags.computeIfAbsent(rs.getLong("unit_id"), id -> new ArrayList<>())
				.add(rs.getString("tag")))
			.list();
		return tags;
	}

	/** Adds the tag unless the unit has it; true when a row was added. */
	boolean add(long unitId, String tag, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO unit_tag (unit_id, tag, added_by, added_at)
				SELECT :unit, :tag, :by, :at WHERE NOT EXISTS
				    (SELECT 1 FROM unit_tag WHERE unit_id = :unit AND tag = :tag)""")
			.param("unit", unitId)
			.param("tag", tag)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.update() > 0;
	}

	boolean remove(long unitId, String tag) {
		return this.jdbc.sql("DELETE FROM unit_tag WHERE unit_id = :unit AND tag = :tag")
			.param("unit", unitId)
			.param("tag", tag)
			.update() > 0;
	}

	int count(long unitId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM unit_tag WHERE unit_id = :unit")
			.param("unit", unitId)
			.query(Integer.class)
			.single();
	}

}
