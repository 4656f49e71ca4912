package shenbao.expert.internal;

import org.jspecify.annotations.Nullable;

/** What conflict checks need to know of an application: its unit (name, credit code when registered) and region. */
record Applicant(long applicationId, String unitName, @Nullable String creditCode, String regionCode) {
}
