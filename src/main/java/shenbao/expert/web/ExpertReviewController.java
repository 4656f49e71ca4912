package shenbao.expert.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.expert.Affiliation;
import shenbao.expert.ExpertReviews;
import shenbao.expert.ExpertSheet;
import shenbao.expert.UnitDeclaration;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * 我的评审 for experts ({@code /expert/reviews}): the assigned applications, one application with its fields and
 * evidence, the score form (save, or submit to lock), declaring a conflict, and the expert's own declarations. A
 * refused score keeps what the expert typed.
 */
@Controller
class ExpertReviewController {

	static final String LIST = "expert/reviews";

	static final String DETAIL = "expert/review";

	private final ExpertReviews reviews;

	private final Texts texts;

	ExpertReviewController(ExpertReviews reviews, Texts texts) {
		this.reviews = reviews;
		this.texts = texts;
	}

	@GetMapping("/expert/reviews")
	String list(Caller caller, Model model) {
		model.addAttribute("assignments", this.reviews.assigned(caller));
		model.addAttribute("profile", this.reviews.profile(caller));
		return LIST;
	}

	@GetMapping("/expert/reviews/{id}")
	String detail(Caller caller, @PathVariable long id, Model model) {
		return show(this.reviews.sheet(caller, id), Map.of(), model);
	}

	@PostMapping("/expert/reviews/{id}/scores")
	String score(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("s.")) {
				typed.put(name.substring(2), value.strip());
			}
		});
		try {
			this.reviews.saveScores(caller, id, scores(typed), "submit".equals(action));
			redirect.addFlashAttribute("notice",
					this.texts.of("submit".equals(action) ? "expert.review.submitted" : "expert.review.saved"));
			return "redirect:/expert/reviews/" + id;
		}
		catch (PlatformException refused) {
			if (refused instanceof NotFound notFound) {
				throw notFound;
			}
			model.addAttribute("refusal", this.texts.detailed(refused));
			return show(this.reviews.sheet(caller, id), typed, model);
		}
	}

	@PostMapping("/expert/reviews/{id}/conflict")
	String declareConflict(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			this.reviews.declareConflict(caller, id, reason);
			redirect.addFlashAttribute("notice", this.texts.of("expert.review.conflict-declared"));
			return "redirect:/expert/reviews";
		}
		catch (PlatformException refused) {
			if (refused instanceof NotFound notFound) {
				throw notFound;
			}
			redirect.addFlashAttribute("refusal", this.texts.detailed(refused));
			return "redirect:/expert/reviews/" + id;
		}
	}

	@PostMapping("/expert/reviews/affiliation")
	String affiliation(Caller caller, @RequestParam(defaultValue = "") String unitName,
			@RequestParam(defaultValue = "") String creditCode, @RequestParam(defaultValue = "") String regionCode,
			RedirectAttributes redirect) {
		return declare(redirect, () -> this.reviews.affiliation(caller,
				new Affiliation(unitName, creditCode, regionCode)));
	}

	@PostMapping("/expert/reviews/conflicts")
	String declareUnitConflict(Caller caller, @RequestParam(defaultValue = "") String unitName,
			@RequestParam(defaultValue = "") String creditCode, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return declare(redirect, () -> this.reviews.declareUnitConflict(caller,
				new UnitDeclaration(creditCode, unitName, note)));
	}

	private String declare(RedirectAttributes redirect, Runnable action) {
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
		return "redirect:/expert/reviews#declarations";
	}

	private String show(ExpertSheet sheet, Map<String, String> typed, Model model) {
		model.addAttribute("page", SheetPage.of(sheet, typed, this.texts.of("expert.value.yes"),
				this.texts.of("expert.value.no")));
		return DETAIL;
	}

	/** Blank fields are left out (not scored yet); anything else must be a number. */
	private static Map<String, BigDecimal> scores(Map<String, String> typed) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		typed.forEach((key, value) -> {
			if (value.isEmpty()) {
				return;
			}
			try {
				scores.put(key, new BigDecimal(value));
			}
			catch (NumberFormatException notANumber) {
				throw InvalidInput.field(key, "expert.score.not-a-number", value);
			}
		});
		return scores;
	}

}
