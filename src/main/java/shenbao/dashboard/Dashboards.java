package shenbao.dashboard;

import shenbao.identity.Caller;

/** The 数据看板 of the caller's scope: province, city and county reviewers; everyone else gets "not found". */
public interface Dashboards {

	Dashboard of(Caller caller);

}
