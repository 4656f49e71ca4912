/**
 * Accounts, roles, applicant units, login lockout and API tokens. Every account belongs to one level and one region;
 * other modules read the caller as a {@code Caller} snapshot and never touch account rows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "region" })
@org.jspecify.annotations.NullMarked
package shenbao.identity;
