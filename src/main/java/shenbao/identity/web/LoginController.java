package shenbao.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import shenbao.identity.Callers;

/** The login page; the form posts to {@code /login}, which Spring Security handles. */
@Controller
class LoginController {

	static final String VIEW = "identity/login";

	private final Callers callers;

	LoginController(Callers callers) {
		this.callers = callers;
	}

	@GetMapping("/login")
	String login() {
		return this.callers.find().isPresent() ? "redirect:/workbench" : VIEW;
	}

}
