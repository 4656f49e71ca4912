package shenbao.inbox.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Caller;
import shenbao.inbox.AccountMessage;
import shenbao.inbox.Inbox;

/** The caller's 站内消息 over the open API. */
@RestController
class InboxApiController {

	private final Inbox inbox;

	InboxApiController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/inbox")
	List<AccountMessage> list(Caller caller) {
		return this.inbox.of(caller, InboxController.SHOWN);
	}

	@PostMapping("/api/v1/inbox/{id}/read")
	void read(Caller caller, @PathVariable long id) {
		this.inbox.markRead(caller, id);
	}

}
