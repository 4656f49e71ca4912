/**
 * 站内消息 for staff accounts (reviewers, experts, admins): messages the platform sends an account (SPEC §12: reminders
 * to reviewers with pending items before their level's deadline), listed at {@code /inbox} with an unread count in the
 * header. Applicants keep their unit's 消息列表 in the application module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package shenbao.inbox;
