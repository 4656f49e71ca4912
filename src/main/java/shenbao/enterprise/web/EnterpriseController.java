package shenbao.enterprise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.enterprise.Enterprises;
import shenbao.enterprise.Enterprises.Portrait;
import shenbao.enterprise.UnitTags;
import shenbao.identity.Caller;
import shenbao.identity.UnitType;
import shenbao.identity.Units.UnitFilter;
import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * 企业管理 ({@code /enterprises}) and 企业画像 ({@code /enterprises/{unitId}}) for reviewers; tags are given and taken
 * on the 企业画像, with htmx swapping the tag list in place (a plain post-redirect-get without JavaScript).
 */
@Controller
class EnterpriseController {

	static final String LIST = "enterprise/list";

	static final String PORTRAIT = "enterprise/portrait";

	static final String TAGS = "enterprise/portrait :: tags";

	static final int PAGE_SIZE = 20;

	private final Enterprises enterprises;

	private final UnitTags tags;

	private final Texts texts;

	private final Programs programs;

	EnterpriseController(Enterprises enterprises, UnitTags tags, Texts texts, Programs programs) {
		this.enterprises = enterprises;
		this.tags = tags;
		this.texts = texts;
		this.programs = programs;
	}

	@GetMapping("/enterprises")
	String list(Caller caller, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable UnitType type,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("found",
				this.enterprises.list(caller, new UnitFilter(name, code, type, Math.max(1, page) - 1, PAGE_SIZE)));
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("type", type);
		model.addAttribute("types", UnitType.values());
		return LIST;
	}

	@GetMapping("/enterprises/{unitId}")
	String portrait(Caller caller, @PathVariable long unitId, Model model) {
		Portrait portrait = this.enterprises.portrait(caller, unitId);
		model.addAttribute("portrait", portrait);
		// what the tags fragment reads, here and when htmx swaps it alone
		model.addAttribute("unitId", unitId);
		model.addAttribute("tags", portrait.tags());
		model.addAttribute("mayTag", this.enterprises.mayTag(caller));
		model.addAttribute("programNames", this.programs.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ProgramDefinition::code, ProgramDefinition::name)));
		return PORTRAIT;
	}

	@PostMapping("/enterprises/{unitId}/tags")
	String addTag(Caller caller, @PathVariable long unitId, @RequestParam(defaultValue = "") String tag,
			RedirectAttributes redirect) {
		try {
			this.tags.add(caller, unitId, tag);
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("tagError", this.texts.detailed(refused));
		}
		return "redirect:/enterprises/" + unitId;
	}

	@PostMapping(path = "/enterprises/{unitId}/tags", headers = "HX-Request=true")
	String addTagInPlace(Caller caller, @PathVariable long unitId, @RequestParam(defaultValue = "") String tag,
			Model model) {
		try {
			return tagsFragment(caller, unitId, this.tags.add(caller, unitId, tag), null, model);
		}
		catch (InvalidInput refused) {
			return tagsFragment(caller, unitId, this.enterprises.portrait(caller, unitId).tags(),
					this.texts.detailed(refused), model);
		}
	}

	@PostMapping("/enterprises/{unitId}/tags/removal")
	String removeTag(Caller caller, @PathVariable long unitId, @RequestParam(defaultValue = "") String tag) {
		this.tags.remove(caller, unitId, tag);
		return "redirect:/enterprises/" + unitId;
	}

	@PostMapping(path = "/enterprises/{unitId}/tags/removal", headers = "HX-Request=true")
	String removeTagInPlace(Caller caller, @PathVariable long unitId, @RequestParam(defaultValue = "") String tag,
			Model model) {
		return tagsFragment(caller, unitId, this.tags.remove(caller, unitId, tag), null, model);
	}

	/** The signed-in unit's own tags, for its workbench (loaded there by htmx; nothing for other roles). */
	@GetMapping("/enterprises/mine/tags")
	String ownTags(Caller caller, Model model) {
		Long unitId = caller.unitId();
		model.addAttribute("ownTags", unitId == null ? List.of() : this.tags.of(unitId));
		return "enterprise/own-tags :: tags";
	}

	private String tagsFragment(Caller caller, long unitId, List<String> current, @Nullable String error,
			Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("tags", current);
		model.addAttribute("mayTag", this.enterprises.mayTag(caller));
		model.addAttribute("tagError", error);
		return TAGS;
	}

}
