package shenbao.challenge;

import java.util.List;
import java.util.Optional;

import shenbao.identity.Caller;

/**
 * 验收: at the end of a project the province, with 教育厅 and 科技厅, has experts assess it; the province records the
 * expert group's verdict per selected project and publishes the 攻关成功单位名单 (a portal notice) of a program.
 */
public interface Acceptances {

	/**
	 * @throws shenbao.platform.NotFound when the caller is not the province or the application is not selected
	 * @throws shenbao.platform.InvalidInput when the experts or the opinion are missing
	 */
	Acceptance record(Caller caller, long applicationId, boolean passed, String experts, String opinion);

	Optional<Acceptance> of(long applicationId);

	/**
	 * Publishes the 攻关成功单位名单 of a program: the selected projects whose 验收 passed.
	 * @throws shenbao.platform.RuleViolation when no project passed yet
	 * @throws shenbao.platform.Conflict when the list is already published
	 * @return the path of the published portal item
	 */
	String publishSuccessList(Caller caller, String programCode);

	/** The passed projects of a program and, if published, the path of its list. */
	List<SelectedProject> passed(Caller caller, String programCode);

}
