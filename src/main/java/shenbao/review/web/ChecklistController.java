package shenbao.review.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.review.Checklist;
import shenbao.review.Checklists;

/**
 * The 核查清单 on the reviewer's detail page (issue 8 point 4): one plain form per item (post, then redirect back)
 * that htmx enhances by answering that item's rows only and announcing {@code checklist-changed}, on which the
 * progress line ("还有 n 项未确认") reloads itself. A refusal is shown in the item's row with what was chosen kept.
 */
@Controller
class ChecklistController {

	static final String ITEM_FRAGMENT = ReviewDeskController.VIEW + " :: checklist-item";

	static final String PROGRESS_FRAGMENT = ReviewDeskController.VIEW + " :: checklist-progress";

	static final String CHANGED_EVENT = "checklist-changed";

	private final Checklists checklists;

	private final Texts texts;

	ChecklistController(Checklists checklists, Texts texts) {
		this.checklists = checklists;
		this.texts = texts;
	}

	@PostMapping("/review/applications/{id}/checklist/{item}")
	String confirm(Caller caller, @PathVariable long id, @PathVariable String item, ChecklistForm form,
			RedirectAttributes redirect) {
		ReviewListController.levelOf(caller);
		Refusal refusal = store(caller, id, item, form);
		if (refusal == null) {
			redirect.addFlashAttribute("notice", this.texts.of("review.checklist.saved"));
			redirect.addFlashAttribute("savedItem", item);
		}
		else {
			redirect.addFlashAttribute("checklistRefusal", refusal);
		}
		return "redirect:/review/applications/{id}#checklist";
	}

	@PostMapping(path = "/review/applications/{id}/checklist/{item}", headers = "HX-Request=true")
	String confirmInline(Caller caller, @PathVariable long id, @PathVariable String item, ChecklistForm form,
			Model model, HttpServletResponse response) {
		ReviewListController.levelOf(caller);
		Refusal refusal = store(caller, id, item, form);
		Checklist checklist = this.checklists.checklist(caller, id)
			.orElseThrow(() -> new NotFound("platform.not-found"));
		Checklist.Item shown = checklist.items()
			.stream()
			.filter(each -> each.key().equals(item))
			.findFirst()
			.orElseThrow(() -> new NotFound("platform.not-found"));
		if (refusal == null) {
			response.setHeader("HX-Trigger", CHANGED_EVENT);
			model.addAttribute("savedItem", item);
		}
		else {
			model.addAttribute("checklistRefusal", refusal);
		}
		model.addAttribute("checklist", checklist);
		model.addAttribute("item", shown);
		return ITEM_FRAGMENT;
	}

	@GetMapping("/review/applications/{id}/checklist/progress")
	String progress(Caller caller, @PathVariable long id, Model model) {
		ReviewListController.levelOf(caller);
		model.addAttribute("checklist",
				this.checklists.checklist(caller, id).orElseThrow(() -> new NotFound("platform.not-found")));
		return PROGRESS_FRAGMENT;
	}

	/** Saves the confirmation; the refusal to show in the item's row, or null when saved. */
	private @Nullable Refusal store(Caller caller, long id, String item, ChecklistForm form) {
		try {
			this.checklists.confirm(caller, id, item, met(form.met()), form.remark());
			return null;
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			String message = ex.fieldProblems()
				.stream()
				.findFirst()
				.map(problem -> problem.key() == null ? String.valueOf(problem.text())
						: this.texts.of(problem.key(), problem.arguments()))
				.orElseGet(() -> this.texts.of(ex));
			return new Refusal(item, message, form.met(), form.remark());
		}
	}

	private static boolean met(@Nullable String value) {
		if ("true".equals(value)) {
			return true;
		}
		if ("false".equals(value)) {
			return false;
		}
		throw InvalidInput.field("met", "review.checklist.choose");
	}

	/** One item's form: {@code met} is "true" (确认达标) or "false" (不达标). */
	record ChecklistForm(@Nullable String met, @Nullable String remark) {
	}

	/** A refused confirmation, kept to re-show in its row (a flash attribute: the session store serialises it). */
	record Refusal(String key, String message, @Nullable String met, @Nullable String remark)
			implements java.io.Serializable {
	}

}
