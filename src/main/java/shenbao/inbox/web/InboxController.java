package shenbao.inbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import shenbao.identity.Caller;
import shenbao.inbox.Inbox;

/** {@code /inbox}: the caller's 站内消息, newest first; reading one marks it read (htmx in place, or a redirect). */
@Controller
class InboxController {

	static final String VIEW = "inbox/list";

	static final int SHOWN = 200;

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	String list(Caller caller, Model model) {
		model.addAttribute("messages", this.inbox.of(caller, SHOWN));
		return VIEW;
	}

	@PostMapping("/inbox/{id}/read")
	String read(Caller caller, @PathVariable long id) {
		this.inbox.markRead(caller, id);
		return "redirect:/inbox";
	}

	@PostMapping("/inbox/read")
	String readAll(Caller caller) {
		this.inbox.markAllRead(caller);
		return "redirect:/inbox";
	}

}
