/**
 * Accounts, roles, applicant units, login lockout and API tokens. Every account belongs to one level and one region;
 * other modules read the caller as a {@link shenbao.identity.Caller} snapshot (from {@link shenbao.identity.Callers},
 * or as a {@code Caller} controller parameter) and never touch account rows. Units register themselves through
 * {@link shenbao.identity.Registrations} (the 注册 page and {@code POST /api/v1/registrations}) and edit their profile
 * through {@link shenbao.identity.Units} (the 单位信息 page and {@code /api/v1/units/me}). Staff accounts are
 * created, disabled and reset through {@link shenbao.identity.Accounts}, for the admin module, which decides who may
 * do so. The attachment library linked from the profile page belongs to the {@code document} module, not here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "region" })
@org.jspecify.annotations.NullMarked
package shenbao.identity;
