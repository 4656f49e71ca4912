package shenbao.expert.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.expert.AutoAssignment;
import shenbao.expert.ExpertPanels;
import shenbao.expert.RoundSettings;
import shenbao.identity.Caller;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.program.Programs;

/**
 * 专家评审 for the province ({@code /expert/panels}): a program's panel, load per expert, manual and automatic
 * assignment with the conflicts shown, closing the round, the ranking and the proposed list. Plain forms with
 * post-redirect-get; a refusal comes back as a flash message above the page.
 */
@Controller
class ExpertPanelController {

	static final String LIST = "expert/panels";

	static final String PANEL = "expert/panel";

	private final ExpertPanels panels;

	private final Programs programs;

	private final Texts texts;

	ExpertPanelController(ExpertPanels panels, Programs programs, Texts texts) {
		this.panels = panels;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/expert/panels")
	String list(Caller caller, Model model) {
		this.panels.experts(caller);
		model.addAttribute("programs", this.programs.all());
		return LIST;
	}

	@GetMapping("/expert/panels/{program}")
	String panel(Caller caller, @PathVariable String program, Model model) {
		model.addAttribute("panel", this.panels.panel(caller, program));
		model.addAttribute("results", this.panels.results(caller, program));
		model.addAttribute("proposed", this.panels.proposed(program));
		return PANEL;
	}

	@PostMapping("/expert/panels/{program}/settings")
	String settings(Caller caller, @PathVariable String program, @RequestParam int expertsPerApplication,
			@RequestParam int maxPerExpert, RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.saved",
				() -> this.panels.settings(caller, program, new RoundSettings(expertsPerApplication, maxPerExpert)));
	}

	@PostMapping("/expert/panels/{program}/members")
	String addMember(Caller caller, @PathVariable String program, @RequestParam long expertId,
			RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.member-added",
				() -> this.panels.addMember(caller, program, expertId));
	}

	@PostMapping("/expert/panels/{program}/members/{expertId}/removal")
	String removeMember(Caller caller, @PathVariable String program, @PathVariable long expertId,
			RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.member-removed",
				() -> this.panels.removeMember(caller, program, expertId));
	}

	@PostMapping("/expert/panels/{program}/assignments")
	String assign(Caller caller, @PathVariable String program, @RequestParam long applicationId,
			@RequestParam long expertId, RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.assigned",
				() -> this.panels.assign(caller, program, applicationId, expertId));
	}

	@PostMapping("/expert/panels/{program}/assignments/{applicationId}/{expertId}/removal")
	String unassign(Caller caller, @PathVariable String program, @PathVariable long applicationId,
			@PathVariable long expertId, RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.unassigned",
				() -> this.panels.unassign(caller, program, applicationId, expertId));
	}

	@PostMapping("/expert/panels/{program}/auto-assignment")
	String autoAssign(Caller caller, @PathVariable String program, RedirectAttributes redirect) {
		try {
			AutoAssignment result = this.panels.autoAssign(caller, program);
			redirect.addFlashAttribute("notice", this.texts.of("expert.panel.auto-assigned", result.assigned(),
					result.shortfalls().size()));
			redirect.addFlashAttribute("shortfalls", result.shortfalls());
		}
		catch (PlatformException refused) {
			redirect.addFlashAttribute("refusal", this.texts.detailed(refused));
		}
		return redirect(program);
	}

	@PostMapping("/expert/panels/{program}/closure")
	String close(Caller caller, @PathVariable String program, RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.closed", () -> this.panels.close(caller, program));
	}

	@PostMapping("/expert/panels/{program}/proposal")
	String propose(Caller caller, @PathVariable String program,
			@RequestParam(name = "applicationId", required = false) @Nullable List<Long> applicationIds,
			@RequestParam(required = false) @Nullable String opinion, RedirectAttributes redirect) {
		return act(redirect, program, "expert.panel.proposed", () -> this.panels.propose(caller, program,
				applicationIds == null ? List.of() : applicationIds, opinion));
	}

	private String act(RedirectAttributes redirect, String program, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", this.texts.of(doneKey));
		}
		catch (PlatformException refused) {
			if (refused instanceof shenbao.platform.NotFound notFound) {
				throw notFound;
			}
			redirect.addFlashAttribute("refusal", this.texts.detailed(refused));
		}
		return redirect(program);
	}

	private static String redirect(String program) {
		return "redirect:/expert/panels/" + program;
	}

}
