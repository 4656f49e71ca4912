/**
 * 申报 (applications): one per unit, program and year; drafts saved as the user types with optimistic versions,
 * evidence attached per slot, checks per section (表单助手), submission within the window, history and messages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program", "scoring", "document", "audit",
		"deadline" })
@org.jspecify.annotations.NullMarked
package shenbao.application;
