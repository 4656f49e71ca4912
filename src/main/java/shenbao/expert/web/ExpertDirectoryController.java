package shenbao.expert.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.expert.Affiliation;
import shenbao.expert.ExpertPanels;
import shenbao.expert.UnitDeclaration;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * 专家信息 for the province ({@code /expert/experts}): each expert's own unit and region and their relationships with
 * units, as the experts declared them. Conflict checks read exactly these.
 */
@Controller
class ExpertDirectoryController {

	static final String VIEW = "expert/experts";

	private final ExpertPanels panels;

	private final Texts texts;

	ExpertDirectoryController(ExpertPanels panels, Texts texts) {
		this.panels = panels;
		this.texts = texts;
	}

	@GetMapping("/expert/experts")
	String experts(Caller caller, Model model) {
		model.addAttribute("experts", this.panels.experts(caller));
		return VIEW;
	}

	@PostMapping("/expert/experts/{expertId}/affiliation")
	String affiliation(Caller caller, @PathVariable long expertId, @RequestParam(defaultValue = "") String unitName,
			@RequestParam(defaultValue = "") String creditCode, @RequestParam(defaultValue = "") String regionCode,
			RedirectAttributes redirect) {
		return act(redirect, expertId, () -> this.panels.affiliation(caller, expertId,
				new Affiliation(unitName, creditCode, regionCode)));
	}

	@PostMapping("/expert/experts/{expertId}/relationships")
	String addRelationship(Caller caller, @PathVariable long expertId,
			@RequestParam(defaultValue = "") String unitName, @RequestParam(defaultValue = "") String creditCode,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(redirect, expertId, () -> this.panels.addRelationship(caller, expertId,
				new UnitDeclaration(creditCode, unitName, note)));
	}

	@PostMapping("/expert/experts/{expertId}/relationships/{relationshipId}/removal")
	String removeRelationship(Caller caller, @PathVariable long expertId, @PathVariable long relationshipId,
			RedirectAttributes redirect) {
		return act(redirect, expertId, () -> this.panels.removeRelationship(caller, expertId, relationshipId));
	}

	private String act(RedirectAttributes redirect, long expertId, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", this.texts.of("expert.experts.saved"));
		}
		catch (PlatformException refused) {
			if (refused instanceof NotFound notFound) {
				throw notFound;
			}
			redirect.addFlashAttribute("refusal", this.texts.detailed(refused));
		}
		return "redirect:/expert/experts#expert-" + expertId;
	}

}
