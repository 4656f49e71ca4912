package shenbao.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;
import shenbao.program.ProgramDefinition;
import shenbao.program.Rule;
import shenbao.program.ReviewChain.ReviewLevel;

/**
 * The 核查清单 of programs scored by 基本要求 (技术创新示范企业, SPEC §7.3): each review level of the chain confirms every
 * item (确认达标 / 不达标) before it may recommend; every change is kept, and a confirmation made before the unit last
 * (re)submitted no longer counts (its values may have changed). Visibility follows the score sheets: a level
 * sees its own and lower levels' confirmations, the province every level's. Outside the caller's scope: not found.
 */
public interface Checklists {

	/**
	 * Whether a program has a checklist: every indicator is scored by its 基本要求 ({@link Rule.Meets}), which is
	 * what "full weight when the requirement is met" means, so the program's data already says so.
	 */
	static boolean applies(ProgramDefinition program) {
		return !program.indicators().isEmpty()
				&& program.indicators().stream().allMatch(indicator -> indicator.rule() instanceof Rule.Meets);
	}

	/**
	 * The checklist of an application as the caller may see it; empty when its program has none.
	 * @throws shenbao.platform.NotFound outside the caller's scope
	 */
	Optional<Checklist> checklist(Caller caller, long applicationId);

	/**
	 * Records the caller's level's confirmation of one item, while the application waits for that level and the
	 * level's deadline has not passed.
	 * @throws shenbao.platform.InvalidInput (400) unknown item, or a remark over {@link Checklist.Confirmation#MAX_REMARK}
	 * @throws shenbao.platform.Conflict (409) when the application is not (or no longer) at the caller's level
	 * @throws shenbao.platform.RuleViolation (422) when the program has no checklist, or after the level's deadline
	 */
	Checklist.Confirmation confirm(Caller caller, long applicationId, String itemKey, boolean met,
			@Nullable String remark);

	/** Every change of the confirmations the caller may see, oldest first. */
	List<Checklist.Revision> revisions(Caller caller, long applicationId);

	/**
	 * For the 汇总表: how many items each visible level has confirmed, per application of the caller's scope (absent
	 * where none is confirmed).
	 */
	Map<Long, Map<ReviewLevel, Integer>> confirmedCounts(Caller caller, Collection<Long> applicationIds);

}
