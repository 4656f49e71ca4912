package shenbao.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * The reviewers' side of applications, used by the review module, which decides who may do what: lists over a
 * reviewer's scope, a locked read before a decision, and the status change itself with its 办理记录 row and the
 * unit's message. Writes join the caller's transaction.
 */
public interface ApplicationReviews {

	/** The applications of the caller's region and level matching the query, most recently submitted first. */
	ApplicationPage search(Caller caller, ApplicationQuery query);

	/** How many applications of the caller's scope (and program, when given) are in each status. */
	Map<ApplicationStatus, Long> countByStatus(Caller caller, @Nullable String programCode);

	/**
	 * Every application of the caller's scope for one program (and, when {@code regionCode} is given, that region
	 * below the caller's), ordered by city, county and submission, handed over in batches of at most
	 * {@code batchSize} rows. Rows are read with a cursor in one read-only transaction, so memory stays flat at any
	 * size; {@code batches} runs inside that transaction and should not keep the rows. For the 汇总表.
	 * @return the number of rows handed over
	 */
	long forEachBatch(Caller caller, String programCode, @Nullable String regionCode, int batchSize,
			Consumer<List<ApplicationRow>> batches);

	/** Which of these applications lie inside the caller's scope, as {@link #search} draws it. */
	Set<Long> visibleIds(Caller caller, Collection<Long> ids);

	/**
	 * Reads the application inside the caller's scope and locks its row until the transaction ends, so that two
	 * decisions on one application run one after the other.
	 * @throws shenbao.platform.NotFound outside the caller's scope
	 */
	ApplicationView lock(Caller caller, long id);

	/**
	 * Moves the application from {@code from} to {@code to}, records {@code action} with the opinion in the 办理记录
	 * and tells the unit. {@code resubmitTo} is kept for a return: where the application goes when resubmitted.
	 * @throws shenbao.platform.Conflict when it is no longer in {@code from} (someone acted first)
	 */
	void move(Caller actor, long id, ApplicationStatus from, ApplicationStatus to, String action,
			@Nullable String opinion, @Nullable ApplicationStatus resubmitTo);

	/** A 办理记录 row that changes no status (scores submitted or reopened, a letter, a routing note). */
	void note(Caller actor, long id, String action, @Nullable String opinion);

}
