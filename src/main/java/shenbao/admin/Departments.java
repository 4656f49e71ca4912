package shenbao.admin;

import java.util.List;
import java.util.Optional;

import shenbao.identity.Caller;

/**
 * 部门管理 and 责任科室 for city and county admins, always in the caller's own region: a department of another region
 * is "not found" (404), and so is this whole facade for every other role.
 */
public interface Departments {

	List<Department> list(Caller caller);

	/**
	 * @throws shenbao.platform.InvalidInput (400) for a blank or over-long name
	 * @throws shenbao.platform.Conflict (409) when the region already has a department of that name
	 */
	Department create(Caller caller, String name);

	/**
	 * @throws shenbao.platform.Conflict (409) for a stale version or a name already used
	 */
	Department rename(Caller caller, long departmentId, String name, long version);

	/**
	 * @throws shenbao.platform.Conflict (409) while the department has members or is responsible for a program
	 */
	void delete(Caller caller, long departmentId);

	/** Each program of the caller's region with its responsible department, in program order. */
	List<Responsibility> responsibilities(Caller caller);

	/**
	 * Makes one department responsible for one or several programs (设置责任科室 and 批量设置责任科室).
	 * @throws shenbao.platform.InvalidInput (400) when no program is chosen or one is not the region's
	 */
	void assign(Caller caller, List<String> programCodes, long departmentId);

	/** The department responsible for a program in a region, for other modules (e.g. routing work to it). */
	Optional<Department> responsibleFor(String regionCode, String programCode);

}
