/**
 * Administration of departments and staff (SPEC §2, Guangdong manual §4.1 and §4.4): city and county admins keep
 * their region's departments (科室), their reviewers' accounts and the responsible department of each program (责任科室);
 * the province creates city admins, the system admin province reviewers. Who may manage whom is decided here (nobody
 * above their own level or outside their region); the accounts themselves belong to the identity module, and every
 * change is written to the audit record.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.admin;
