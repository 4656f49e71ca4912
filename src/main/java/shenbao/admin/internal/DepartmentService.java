package shenbao.admin.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.admin.Department;
import shenbao.admin.Departments;
import shenbao.admin.Responsibility;
import shenbao.audit.AuditTrail;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/** {@link Departments}: every call is confined to the caller's own region, and every change is audited. */
@Service
class DepartmentService implements Departments {

	static final int NAME_MAX = 60;

	private final DepartmentStore store;

	private final Management management;

	private final Programs programs;

	private final Regions regions;

	private final AuditTrail audit;

	DepartmentService(DepartmentStore store, Management management, Programs programs, Regions regions,
			AuditTrail audit) {
		this.store = store;
		this.management = management;
		this.programs = programs;
		this.regions = regions;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Department> list(Caller caller) {
		return this.store.inRegion(region(caller));
	}

	@Override
	@Transactional
	public Department create(Caller caller, String name) {
		String region = region(caller);
		String checked = name(name);
		long id = this.store.insert(region, checked);
		this.audit.record(caller, "DEPARTMENT_CREATE", subject(id), region + " " + checked);
		return this.store.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Department rename(Caller caller, long departmentId, String name, long version) {
		Department department = own(caller, departmentId);
		String checked = name(name);
		if (!this.store.rename(departmentId, checked, version)) {
			throw new Conflict("admin.department.stale");
		}
		this.audit.record(caller, "DEPARTMENT_RENAME", subject(departmentId), department.name() + " -> " + checked);
		return this.store.find(departmentId).orElseThrow();
	}

	@Override
	@Transactional
	public void delete(Caller caller, long departmentId) {
		Department department = own(caller, departmentId);
		if (!this.store.deleteIfEmpty(departmentId)) {
			throw new Conflict("admin.department.not-empty", department.name());
		}
		this.audit.record(caller, "DEPARTMENT_DELETE", subject(departmentId), department.name());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Responsibility> responsibilities(Caller caller) {
		String region = region(caller);
		Map<String, Long> assigned = this.store.responsibilities(region);
		Map<Long, String> names = this.store.names(Set.copyOf(assigned.values()));
		List<Responsibility> rows = new ArrayList<>();
		for (ProgramDefinition program : programsOf(region)) {
			Long department = assigned.get(program.code());
			rows.add(new Responsibility(program.code(), program.name(), department,
					department == null ? null : names.get(department)));
		}
		return rows;
	}

	@Override
	@Transactional
	public void assign(Caller caller, List<String> programCodes, long departmentId) {
		String region = region(caller);
		Department department = own(caller, departmentId);
		Set<String> chosen = new LinkedHashSet<>(programCodes);
		if (chosen.isEmpty()) {
			throw InvalidInput.field("programs", "admin.responsibility.none-chosen");
		}
		Set<String> allowed = new LinkedHashSet<>(programsOf(region).stream().map(ProgramDefinition::code).toList());
		for (String program : chosen) {
			if (!allowed.contains(program)) {
				throw InvalidInput.field("programs", "admin.responsibility.unknown-program", program);
			}
		}
		for (String program : chosen) {
			this.store.assign(region, program, departmentId);
			this.audit.record(caller, "RESPONSIBILITY_SET", "responsibility:" + region + ":" + program,
					department.name());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Department> responsibleFor(String regionCode, String programCode) {
		return this.store.responsibleFor(regionCode, programCode).flatMap(this.store::find);
	}

	/**
	 * The programs a region's departments answer for: its province's, and for a county only those whose review
	 * chain has a county level (揭榜挂帅 has none).
	 */
	List<ProgramDefinition> programsOf(String regionCode) {
		Optional<Region> province = this.regions.provinceOf(regionCode);
		boolean county = this.regions.find(regionCode).map(Region::isCounty).orElse(false);
		return this.programs.all()
			.stream()
			.filter(program -> province.map(Region::code).map(program.province()::equals).orElse(false))
			.filter(program -> !county || program.chain().hasCounty())
			.toList();
	}

	/** A department of the caller's region; any other id is "not found". */
	Department own(Caller caller, long departmentId) {
		String region = region(caller);
		return this.store.find(departmentId)
			.filter(department -> department.regionCode().equals(region))
			.orElseThrow(() -> new NotFound("admin.department.not-found"));
	}

	private String region(Caller caller) {
		return this.management.departmentRegion(caller).orElseThrow(() -> new NotFound("admin.not-found"));
	}

	private static String name(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
			throw InvalidInput.field("name", "admin.department.name", NAME_MAX);
		}
		return stripped;
	}

	private static String subject(long departmentId) {
		return "department:" + departmentId;
	}

}
