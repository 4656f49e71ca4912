/**
 * Accounts, roles, applicant units, login lockout and API tokens. Every account belongs to one level and one region;
 * other modules read the caller as a {@link shenbao.identity.Caller} snapshot (from {@link shenbao.identity.Callers},
 * or as a {@code Caller} controller parameter) and never touch account rows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "region" })
@org.jspecify.annotations.NullMarked
package shenbao.identity;
