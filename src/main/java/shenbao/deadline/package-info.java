/**
 * 延期 (window extensions): the province moves a program's close times, for everyone or (the application window) for
 * named units, with a recorded reason (SPEC §12: a platform outage on the last day). Everyone who enforces a window
 * asks {@link shenbao.deadline.Deadlines} for the close in force.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "program", "region", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.deadline;
