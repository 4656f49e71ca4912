/**
 * Programs (专题) as data: one YAML file per program and year under {@code programs/}, loaded once at startup into
 * immutable definitions (sections, fields, attachment slots, eligibility, indicators and their rules, quotas, windows,
 * review chain). Holds no state that changes; a new program year is a new file, not Java.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "region" })
@org.jspecify.annotations.NullMarked
package shenbao.program;
