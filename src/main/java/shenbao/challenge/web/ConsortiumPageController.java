package shenbao.challenge.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.application.Applications;
import shenbao.challenge.Consortia;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.Texts;

/**
 * 联合体确认: a participant unit confirms or declines at {@code /challenge/confirmations}; the lead (or a reviewer in
 * scope) sees where each participant stands at {@code /challenge/consortia/{applicationId}}.
 */
@Controller
class ConsortiumPageController {

	private final Consortia consortia;

	private final Applications applications;

	private final Texts texts;

	ConsortiumPageController(Consortia consortia, Applications applications, Texts texts) {
		this.consortia = consortia;
		this.applications = applications;
		this.texts = texts;
	}

	@GetMapping("/challenge/confirmations")
	String confirmations(Caller caller, Model model) {
		if (!caller.is(Role.APPLICANT)) {
			throw new NotFound("challenge.confirmation.not-found");
		}
		model.addAttribute("confirmations", this.consortia.addressedTo(caller));
		return "challenge/confirmations";
	}

	@PostMapping("/challenge/confirmations/{applicationId}/confirm")
	String confirm(Caller caller, @PathVariable long applicationId, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.confirmation.confirmed-now",
				() -> this.consortia.confirm(caller, applicationId));
		return "redirect:/challenge/confirmations";
	}

	@PostMapping("/challenge/confirmations/{applicationId}/decline")
	String decline(Caller caller, @PathVariable long applicationId, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.confirmation.declined-now",
				() -> this.consortia.decline(caller, applicationId));
		return "redirect:/challenge/confirmations";
	}

	@GetMapping("/challenge/consortia/{applicationId}")
	String consortium(Caller caller, @PathVariable long applicationId, Model model) {
		model.addAttribute("leadApplication", this.applications.get(caller, applicationId));
		model.addAttribute("participants", this.consortia.participants(caller, applicationId));
		return "challenge/consortium";
	}

}
