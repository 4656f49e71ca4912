package shenbao.admin.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.admin.Department;
import shenbao.platform.Conflict;

/** The department tables in SQL. A duplicate name is the unique constraint's 409, not a check that could race. */
@Repository
class DepartmentStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	DepartmentStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Department> inRegion(String regionCode) {
		Map<Long, List<String>> programs = new HashMap<>();
		this.jdbc.sql("""
				SELECT department_id, program_code FROM department_responsibility WHERE region_code = :region
				ORDER BY program_code
				""")
			.param("region", regionCode)
			.query((rs, row) -> programs.computeIfAbsent(rs.getLong("department_id"), id -> new ArrayList<>())
				.add(rs.getString("program_code")))
			.list();
		return this.jdbc.sql("""
				SELECT d.id, d.region_code, d.name, d.version,
				       (SELECT COUNT(*) FROM department_member m WHERE m.department_id = d.id) AS members
				FROM department d WHERE d.region_code = :region ORDER BY d.name
				""")
			.param("region", regionCode)
			.query((rs, row) -> new Department(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"),
					rs.getInt("members"), programs.getOrDefault(rs.getLong("id"), List.of()), rs.getLong("version")))
			.list();
	}

	Optional<Department> find(long id) {
		return this.jdbc.sql("SELECT region_code FROM department WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.flatMap(region -> inRegion(region).stream().filter(department -> department.id() == id).findFirst());
	}

	long insert(String regionCode, String name) {
		var key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("INSERT INTO department (region_code, name, created_at, version) VALUES (:region, :name, :now, 0)")
				.param("region", regionCode)
				.param("name", name)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("admin.department.name-taken", name);
		}
		return java.util.Objects.requireNonNull(key.getKey()).longValue();
	}

	/** Renames when the version still matches; false when someone changed the department first. */
	boolean rename(long id, String name, long version) {
		try {
			return this.jdbc
				.sql("UPDATE department SET name = :name, version = version + 1 WHERE id = :id AND version = :version")
				.param("name", name)
				.param("id", id)
				.param("version", version)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("admin.department.name-taken", name);
		}
	}

	/** Deletes the department unless it has members or responsibilities (checked in the statement itself). */
	boolean deleteIfEmpty(long id) {
		return this.jdbc.sql("""
				DELETE FROM department WHERE id = :id
				AND NOT EXISTS (SELECT 1 FROM department_member WHERE department_id = :id)
				AND NOT EXISTS (SELECT 1 FROM department_responsibility WHERE department_id = :id)
				""").param("id", id).update() == 1;
	}

	Map<String, Long> responsibilities(String regionCode) {
		Map<String, Long> assigned = new HashMap<>();
		this.jdbc.sql("SELECT program_code, department_id FROM department_responsibility WHERE region_code = :region")
			.param("region", regionCode)
			.query((rs, row) -> assigned.put(rs.getString("program_code"), rs.getLong("department_id")))
			.list();
		return assigned;
	}

	void assign(String regionCode, String programCode, long departmentId) {
		int updated = this.jdbc.sql("""
				UPDATE department_responsibility SET department_id = :department, assigned_at = :now
				WHERE region_code = :region AND program_code = :program
				""")
			.param("department", departmentId)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("region", regionCode)
			.param("program", programCode)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO department_responsibility (region_code, program_code, department_id, assigned_at)
					VALUES (:region, :program, :department, :now)
					""")
				.param("region", regionCode)
				.param("program", programCode)
				.param("department", departmentId)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	Optional<Long> responsibleFor(String regionCode, String programCode) {
		return this.jdbc.sql("""
				SELECT department_id FROM department_responsibility WHERE region_code = :region AND program_code = :program
				""").param("region", regionCode).param("program", programCode).query(Long.class).optional();
	}

	/** Department id per account, for the accounts that have one. */
	Map<Long, Long> membership(Collection<Long> accountIds) {
		Map<Long, Long> departments = new HashMap<>();
		if (accountIds.isEmpty()) {
			return departments;
		}
		this.jdbc.sql("SELECT account_id, department_id FROM department_member WHERE account_id IN (:ids)")
			.param("ids", accountIds)
			.query((rs, row) -> departments.put(rs.getLong("account_id"), rs.getLong("department_id")))
			.list();
		return departments;
	}

	Map<Long, String> names(Collection<Long> departmentIds) {
		Map<Long, String> names = new HashMap<>();
		if (departmentIds.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM department WHERE id IN (:ids)")
			.param("ids", departmentIds)
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	void setMember(long accountId, @Nullable Long departmentId) {
		this.jdbc.sql("DELETE FROM department_member WHERE account_id = :account").param("account", accountId).update();
		if (departmentId != null) {
			this.jdbc.sql("""
					INSERT INTO department_member (account_id, department_id, assigned_at)
					VALUES (:account, :department, :now)
					""")
				.param("account", accountId)
				.param("department", departmentId)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

}
