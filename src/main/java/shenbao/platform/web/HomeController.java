package shenbao.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public entry page. The portal issue turns it into the real portal (notices, 公示, guides). */
@Controller
class HomeController {

	static final String VIEW = "portal/home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}

}
