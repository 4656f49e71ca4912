package shenbao.admin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.admin.Creatable;
import shenbao.admin.Department;
import shenbao.admin.NewUser;
import shenbao.admin.StaffMember;
import shenbao.admin.Users;
import shenbao.audit.AuditTrail;
import shenbao.identity.Accounts;
import shenbao.identity.Caller;
import shenbao.identity.CreatedAccount;
import shenbao.identity.StaffAccount;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.region.Region;

/**
 * {@link Users}: the rules of {@link Management} first, then the identity module's {@link Accounts}, then the audit
 * record, in one transaction. Passwords never reach the audit record or the log.
 */
@Service
class UserService implements Users {

	private final Accounts accounts;

	private final Management management;

	private final DepartmentStore departments;

	private final DepartmentService departmentRules;

	private final AuditTrail audit;

	UserService(Accounts accounts, Management management, DepartmentStore departments,
			DepartmentService departmentRules, AuditTrail audit) {
		this.accounts = accounts;
		this.management = management;
		this.departments = departments;
		this.departmentRules = departmentRules;
		this.audit = audit;
	}

	@Override
	public List<Creatable> creatable(Caller caller) {
		return this.management.creatable(caller);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> list(Caller caller) {
		List<StaffAccount> managed = new ArrayList<>();
		for (Creatable creatable : this.management.creatable(caller)) {
			// one query for a caller with a region (all of it); the system admin asks per province
			List<String> within = caller.regionCode() != null ? List.of(caller.regionCode())
					: creatable.regions().stream().map(Region::code).toList();
			for (String region : within) {
				managed.addAll(this.accounts.staff(Set.of(creatable.role()), region));
			}
		}
		List<StaffAccount> accounts = managed.stream()
			.filter(account -> this.management.manages(caller, account))
			.distinct()
			.sorted(Comparator.comparing(StaffAccount::username))
			.toList();
		Map<Long, Long> membership = this.departments.membership(accounts.stream().map(StaffAccount::id).toList());
		Map<Long, String> names = this.departments.names(Set.copyOf(membership.values()));
		return accounts.stream().map(account -> {
			Long department = membership.get(account.id());
			return new StaffMember(account, department, department == null ? null : names.get(department));
		}).toList();
	}

	@Override
	@Transactional
	public CreatedAccount create(Caller caller, NewUser user) {
		Creatable creatable = this.management.creatable(caller, user.role())
			.orElseThrow(() -> new RuleViolation("admin.user.role-forbidden"));
		if (!creatable.allows(user.regionCode())) {
			throw new RuleViolation("admin.user.region-forbidden");
		}
		Long department = user.departmentId();
		if (department != null) {
			if (!creatable.takesDepartment()) {
				throw InvalidInput.field("departmentId", "admin.user.no-department-for-role");
			}
			department(caller, user.regionCode(), department);
		}
		CreatedAccount created = this.accounts.create(user.username(), user.role(), user.regionCode(),
				user.displayName());
		long id = created.account().id();
		if (department != null) {
			this.departments.setMember(id, department);
		}
		this.audit.record(caller, "ACCOUNT_CREATE", subject(id),
				user.role() + " " + user.regionCode() + " " + created.account().username()
						+ (department == null ? "" : " department:" + department));
		return created;
	}

	@Override
	@Transactional
	public void assignDepartment(Caller caller, long accountId, @Nullable Long departmentId) {
		StaffAccount account = managed(caller, accountId);
		boolean takesDepartment = this.management.creatable(caller, account.role())
			.map(Creatable::takesDepartment)
			.orElse(false);
		if (!takesDepartment) {
			throw InvalidInput.field("departmentId", "admin.user.no-department-for-role");
		}
		if (departmentId != null) {
			department(caller, account.regionCode(), departmentId);
		}
		this.departments.setMember(accountId, departmentId);
		this.audit.record(caller, "ACCOUNT_DEPARTMENT", subject(accountId),
				departmentId == null ? "none" : "department:" + departmentId);
	}

	@Override
	@Transactional
	public void setEnabled(Caller caller, long accountId, boolean enabled) {
		managed(caller, accountId);
		this.accounts.setEnabled(accountId, enabled);
		this.audit.record(caller, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", subject(accountId), null);
	}

	@Override
	@Transactional
	public CreatedAccount resetPassword(Caller caller, long accountId) {
		managed(caller, accountId);
		CreatedAccount reset = this.accounts.resetPassword(accountId);
		this.audit.record(caller, "PASSWORD_RESET", subject(accountId), null);
		return reset;
	}

	/** An account the caller manages; any other id, existing or not, is "not found". */
	private StaffAccount managed(Caller caller, long accountId) {
		return this.accounts.find(accountId)
			.filter(account -> this.management.manages(caller, account))
			.orElseThrow(() -> new NotFound("admin.user.not-found"));
	}

	/** The department must be one of the caller's own, in the account's region. */
	private Department department(Caller caller, @Nullable String regionCode, long departmentId) {
		Department department = this.departmentRules.own(caller, departmentId);
		if (!department.regionCode().equals(regionCode)) {
			throw new NotFound("admin.department.not-found");
		}
		return department;
	}

	private static String subject(long accountId) {
		return "account:" + accountId;
	}

}
