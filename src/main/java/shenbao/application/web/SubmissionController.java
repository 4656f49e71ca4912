package shenbao.application.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/** 信息预览 → 提交 → 提交结果, and the read-only view of a submitted application. */
@Controller
class SubmissionController {

	private final Applications applications;

	private final Programs programs;

	private final Texts texts;

	SubmissionController(Applications applications, Programs programs, Texts texts) {
		this.applications = applications;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/applications/{id}/preview")
	String preview(Caller caller, @PathVariable long id, Model model) {
		ApplicationView view = this.applications.get(caller, id);
		ProgramDefinition program = this.programs.get(view.programCode());
		model.addAttribute("page", FormPage.readOnly(view, program));
		model.addAttribute("owner", caller.unitId() != null && caller.unitId() == view.unitId());
		return "application/preview";
	}

	@PostMapping("/applications/{id}/submit")
	String submit(Caller caller, @PathVariable long id, Model model) {
		try {
			this.applications.submit(caller, id);
		}
		catch (RuleViolation ex) {
			model.addAttribute("refusal", this.texts.of(ex));
			return preview(caller, id, model);
		}
		catch (Conflict ex) {
			// a second click on 提交 after the first went through: show the result, not an error
			return "redirect:/applications/{id}/result";
		}
		return "redirect:/applications/{id}/result";
	}

	@GetMapping("/applications/{id}/result")
	String result(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("view", this.applications.get(caller, id));
		return "application/result";
	}

}
