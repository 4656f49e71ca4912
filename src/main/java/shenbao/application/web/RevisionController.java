package shenbao.application.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.Texts;
import shenbao.program.Programs;

/** 历史版本: earlier states of the draft, and bringing one section back from one of them. */
@Controller
class RevisionController {

	private final Applications applications;

	private final Programs programs;

	private final Texts texts;

	RevisionController(Applications applications, Programs programs, Texts texts) {
		this.applications = applications;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/applications/{id}/revisions")
	String list(Caller caller, @PathVariable long id, Model model) {
		ApplicationView view = this.applications.get(caller, id);
		model.addAttribute("view", view);
		model.addAttribute("program", this.programs.get(view.programCode()));
		model.addAttribute("revisions", this.applications.revisions(caller, id));
		return "application/revisions";
	}

	@PostMapping("/applications/{id}/revisions/{revision}/restore")
	String restore(Caller caller, @PathVariable long id, @PathVariable long revision, @RequestParam String section,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			this.applications.restoreSection(caller, id, revision, section, version);
			redirect.addFlashAttribute("restored", true);
			return "redirect:/applications/{id}#section-" + section;
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("refusal", this.texts.of(ex));
			return "redirect:/applications/{id}/revisions";
		}
	}

}
