package shenbao.challenge;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * The yearly 榜单. The province edits a year's tasks until it publishes them; afterwards they are read-only (409).
 * Everyone signed in reads published boards; an unpublished one exists only for the province (404 to others).
 */
public interface TaskBoards {

	Scheme scheme();

	/** The boards the caller may read, newest year first. */
	List<Board> boards(Caller caller);

	Board board(Caller caller, int year);

	/**
	 * Adds or changes a task of an unpublished board (creating the board on its first task).
	 * @throws shenbao.platform.Conflict (409) when the board is published or {@code draft.version()} is stale
	 * @throws shenbao.platform.RuleViolation (422) when the scheme is no longer (or not yet) in force
	 * @throws shenbao.platform.InvalidInput (400) naming the fields at fault
	 */
	Task saveTask(Caller caller, int year, @Nullable Long taskId, TaskDraft draft);

	void deleteTask(Caller caller, int year, long taskId);

	/** @throws shenbao.platform.RuleViolation when the board has no task or the year has no program */
	Board publish(Caller caller, int year);

	/** A task of a published board by its code. */
	java.util.Optional<Task> publishedTask(int year, String code);

	/**
	 * The applicant takes up a published task: starts (or reuses) the unit's application of that year's program and
	 * fills its 揭榜任务 section from the task. Answers the application id.
	 */
	long takeUp(Caller caller, int year, String taskCode);

}
