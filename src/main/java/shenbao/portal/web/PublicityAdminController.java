package shenbao.portal.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.portal.ObjectionOutcome;
import shenbao.portal.Publicities;
import shenbao.portal.Publicity;
import shenbao.portal.PublicityDraft;
import shenbao.program.Programs;

/**
 * The province's side of a 公示: choose the proposed list among the program's applications in expert review and
 * publish it; then answer each objection (with the objector's identity, which only this page shows) and finalise.
 */
@Controller
class PublicityAdminController {

	static final String NEW = "portal/admin/publicity-new";

	static final String PAGE = "portal/admin/publicity";

	private final Publicities publicities;

	private final Programs programs;

	private final Texts texts;

	private final shenbao.expert.ExpertPanels experts;

	PublicityAdminController(Publicities publicities, Programs programs, Texts texts,
			shenbao.expert.ExpertPanels experts) {
		this.experts = experts;
		this.publicities = publicities;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/portal/admin/publicity/new")
	String create(Caller caller, @RequestParam String program, Model model) {
		// the province's proposed list from expert review (拟认定名单) comes ticked; the province may change it
		List<Long> proposed = this.experts.proposed(program)
			.stream()
			.map(shenbao.expert.ProposedApplication::applicationId)
			.toList();
		model.addAttribute("fromExperts", !proposed.isEmpty());
		return form(caller, program, proposed, "", "", null, Map.of(), model);
	}

	@PostMapping("/portal/admin/publicity")
	String publish(Caller caller, @RequestParam String program,
			@RequestParam(name = "applicationIds", required = false) @Nullable List<Long> applicationIds,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) @Nullable Integer windowDays, Model model, RedirectAttributes redirect) {
		List<Long> chosen = applicationIds == null ? List.of() : applicationIds;
		try {
			Publicity publicity = this.publicities.publish(caller,
					new PublicityDraft(program, chosen, title, body, windowDays));
			redirect.addFlashAttribute("published", true);
			return "redirect:/portal/admin/publicity/" + publicity.id();
		}
		catch (InvalidInput refused) {
			return form(caller, program, chosen, title, body, windowDays, FormErrors.of(this.texts, refused), model);
		}
		catch (Conflict refused) {
			return form(caller, program, chosen, title, body, windowDays, Map.of("form", this.texts.of(refused)),
					model);
		}
	}

	@GetMapping("/portal/admin/publicity/{id}")
	String page(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("objections", this.publicities.objections(caller, id));
		model.addAttribute("publicity", this.publicities.get(id));
		model.addAttribute("outcomes", ObjectionOutcome.values());
		return PAGE;
	}

	@PostMapping("/portal/admin/objections/{id}/answer")
	String answer(Caller caller, @PathVariable long id, @RequestParam long publicity,
			@RequestParam(required = false) @Nullable ObjectionOutcome outcome,
			@RequestParam(defaultValue = "") String reasons, RedirectAttributes redirect) {
		try {
			if (outcome == null) {
				throw InvalidInput.field("outcome", "portal.objection.outcome-required");
			}
			this.publicities.answer(caller, id, outcome, reasons);
			redirect.addFlashAttribute("answered", id);
		}
		catch (InvalidInput | Conflict refused) {
			redirect.addFlashAttribute("answerError", this.texts.detailed(refused));
			redirect.addFlashAttribute("answerErrorFor", id);
		}
		return "redirect:/portal/admin/publicity/" + publicity + "#objection-" + id;
	}

	@PostMapping("/portal/admin/publicity/{id}/finalisation")
	String finalise(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.publicities.finalise(caller, id);
			redirect.addFlashAttribute("finalised", true);
		}
		catch (RuleViolation | Conflict refused) {
			redirect.addFlashAttribute("finaliseError", this.texts.of(refused));
		}
		return "redirect:/portal/admin/publicity/" + id;
	}

	private String form(Caller caller, String program, List<Long> chosen, String title, String body,
			@Nullable Integer windowDays, Map<String, String> errors, Model model) {
		model.addAttribute("candidates", this.publicities.candidates(caller, program));
		model.addAttribute("program", this.programs.get(program));
		model.addAttribute("chosen", chosen);
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("windowDays", windowDays == null ? this.publicities.defaultWindowDays() : windowDays);
		model.addAttribute("errors", errors);
		return NEW;
	}

}
