package shenbao.alliance.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceRegistration;
import shenbao.alliance.Alliances;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;

/**
 * 产业联盟: the province's register of alliances with each one's latest assessment and the form to register an
 * older alliance ({@code /alliances}); one alliance year by year ({@code /alliances/{id}}), also for its lead unit.
 */
@Controller
class AllianceController {

	static final String LIST = "alliance/list";

	static final String HISTORY = "alliance/history";

	private final Alliances alliances;

	private final Texts texts;

	AllianceController(Alliances alliances, Texts texts) {
		this.alliances = alliances;
		this.texts = texts;
	}

	@GetMapping("/alliances")
	String list(Caller caller, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RegistrationForm(null, null, null, null));
		}
		model.addAttribute("alliances", this.alliances.list(caller));
		model.addAttribute("registers", caller.role() == Role.PROVINCE_REVIEWER);
		return LIST;
	}

	@PostMapping("/alliances")
	String register(Caller caller, RegistrationForm form, Model model, RedirectAttributes redirect) {
		try {
			Alliance alliance = this.alliances.register(caller,
					new AllianceRegistration(form.name(), form.techField(), form.leadCreditCode(),
							year(form.recognisedYear())));
			redirect.addFlashAttribute("registered", alliance.name());
			return "redirect:/alliances/" + alliance.id();
		}
		catch (InvalidInput | RuleViolation | Conflict refused) {
			// the province's input stays in the form, the refusal beside it
			model.addAttribute("form", form);
			model.addAttribute("registerError", this.texts.detailed((PlatformException) refused));
			return list(caller, model);
		}
	}

	@GetMapping("/alliances/{id}")
	String history(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("history", this.alliances.history(caller, id));
		return HISTORY;
	}

	/** The registration form as typed; the year stays text so that a wrong one comes back as typed. */
	record RegistrationForm(@Nullable String name, @Nullable String techField, @Nullable String leadCreditCode,
			@Nullable String recognisedYear) {
	}

	private static @Nullable Integer year(@Nullable String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
