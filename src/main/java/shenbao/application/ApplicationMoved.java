package shenbao.application;

import java.time.Instant;


import shenbao.identity.Caller;

/**
 * A reviewer's or the province's decision moved an application from {@code from} to {@code to} ({@code action} as in
 * its 办理记录: RECOMMEND, APPROVE, RETURN, RECOGNISE, …). Published inside the deciding transaction; {@code actor}
 * may read the application, so a listener can look at its values through {@link Applications#get}.
 */
public record ApplicationMoved(Caller actor, long applicationId, String programCode, long unitId,
		ApplicationStatus from, ApplicationStatus to, String action, Instant at) {
}
