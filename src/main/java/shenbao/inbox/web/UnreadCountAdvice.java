package shenbao.inbox.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import shenbao.identity.Callers;
import shenbao.identity.Role;
import shenbao.inbox.Inbox;

/**
 * The header's 站内消息 link shows the signed-in staff account's unread count on every page; applicants (who have their
 * unit's 消息列表) and visitors get none.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCountAdvice {

	private final Callers callers;

	private final Inbox inbox;

	UnreadCountAdvice(Callers callers, Inbox inbox) {
		this.callers = callers;
		this.inbox = inbox;
	}

	@ModelAttribute("inboxUnread")
	@Nullable Long inboxUnread() {
		return this.callers.find()
			.filter(caller -> !caller.is(Role.APPLICANT))
			.map(this.inbox::unread)
			.orElse(null);
	}

}
