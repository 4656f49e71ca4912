package shenbao.dashboard;

import shenbao.identity.Caller;

/** The 数据看板 of the caller's scope: province, city and county reviewers; everyone else gets "not found". */
public interface Dashboards {

	Dashboard of(Caller caller);

	/**
	 * The board narrowed to one program (every figure counts that program's applications only), or the whole board
	 * when {@code programCode} is null.
	 * @throws shenbao.platform.NotFound for a program outside the caller's province, as for anyone not a reviewer
	 */
	Dashboard of(Caller caller, @org.jspecify.annotations.Nullable String programCode);

}
