package shenbao.review.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.application.ApplicationStatus;
import shenbao.application.web.FormPage;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.region.Regions;
import shenbao.review.Checklists;
import shenbao.review.Decision;
import shenbao.review.ReturnTarget;
import shenbao.review.ReviewAction;
import shenbao.review.ReviewDesk;
import shenbao.review.Reviews;

/**
 * The reviewer's detail page (审批, Gansu manual §5.3): every field and attachment as the preview shows them, the
 * 办理记录, the score sheets the caller may see, the scoring form while the level may score, and a form per decision
 * open to the caller now. Each post redirects back with a flash message; a refusal re-renders the page with the reason
 * in Chinese and everything typed kept. Anything outside the caller's scope is "not found".
 */
@Controller
class ReviewDeskController {

	static final String VIEW = "review/desk";

	private static final String SCORE_PREFIX = "score.";

	private final Reviews reviews;

	private final Programs programs;

	private final Regions regions;

	private final Texts texts;

	private final Checklists checklists;

	ReviewDeskController(Reviews reviews, Programs programs, Regions regions, Texts texts, Checklists checklists) {
		this.checklists = checklists;
		this.reviews = reviews;
		this.programs = programs;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/review/applications/{id}")
	String desk(Caller caller, @PathVariable long id, Model model) {
		ReviewListController.levelOf(caller);
		ReviewDesk desk = this.reviews.desk(caller, id);
		ProgramDefinition program = this.programs.get(desk.view().programCode());
		model.addAttribute("desk", desk);
		model.addAttribute("page", FormPage.readOnly(desk.view(), program));
		model.addAttribute("regionName", this.regions.fullName(desk.view().regionCode()));
		model.addAttribute("scoreRoles", scoreRoles(caller));
		model.addAttribute("checklist", this.checklists.checklist(caller, id).orElse(null));
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", ScoreForm.of(desk, program, Map.of(), Map.of()));
		}
		return VIEW;
	}

	@PostMapping("/review/applications/{id}/decisions")
	String decide(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) @Nullable String opinion,
			@RequestParam(required = false) @Nullable String target, Model model, RedirectAttributes redirect) {
		ReviewListController.levelOf(caller);
		ReviewAction chosen = parse(ReviewAction.class, action);
		try {
			if (chosen == null) {
				throw new NotFound("platform.not-found");
			}
			ApplicationStatus status = this.reviews.decide(caller, id,
					new Decision(chosen, opinion, parse(ReturnTarget.class, target)));
			redirect.addFlashAttribute("notice", this.texts.of("review.decided." + chosen.name(),
					this.texts.of("application.status." + status.name())));
			return "redirect:/review/applications/{id}";
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			model.addAttribute("refusal", detail(ex));
			model.addAttribute("posted", new Posted(chosen, opinion, target));
			return desk(caller, id, model);
		}
	}

	@PostMapping("/review/applications/{id}/scores")
	String score(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		ReviewListController.levelOf(caller);
		boolean submit = "1".equals(form.getFirst("submit"));
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith(SCORE_PREFIX) && !values.isEmpty() && !values.getFirst().isBlank()) {
				String key = name.substring(SCORE_PREFIX.length());
				String value = values.getFirst().strip();
				typed.put(key, value);
				try {
					scores.put(key, new BigDecimal(value));
				}
				catch (NumberFormatException notANumber) {
					errors.put(key, this.texts.of("review.scores.not-a-number"));
				}
			}
		});
		try {
			if (!errors.isEmpty()) {
				throw new shenbao.platform.InvalidInput("review.scores.invalid", List.of());
			}
			this.reviews.saveScores(caller, id, scores, submit);
			redirect.addFlashAttribute("notice", this.texts.of(submit ? "review.scores.submitted" : "review.scores.saved"));
			return "redirect:/review/applications/{id}#scores";
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			ex.fieldProblems().forEach(problem -> errors.put(problem.field().replaceFirst("^scores\\.", ""),
					message(problem)));
			model.addAttribute("scoreRefusal", this.texts.of(ex));
			ReviewDesk desk = this.reviews.desk(caller, id);
			model.addAttribute("scoreForm",
					ScoreForm.of(desk, this.programs.get(desk.view().programCode()), typed, errors));
			return desk(caller, id, model);
		}
	}

	@PostMapping("/review/applications/{id}/scores/{level}/reopening")
	String reopen(Caller caller, @PathVariable long id, @PathVariable String level,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		ReviewListController.levelOf(caller);
		ReviewLevel sheet = parse(ReviewLevel.class, level);
		if (sheet == null) {
			throw new NotFound("platform.not-found");
		}
		try {
			this.reviews.reopenScores(caller, id, sheet, reason);
			redirect.addFlashAttribute("notice",
					this.texts.of("review.scores.reopened", this.texts.of("review.level." + sheet.name())));
			return "redirect:/review/applications/{id}#scores";
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			model.addAttribute("reopenRefusal", new Reopen(sheet, detail(ex), reason));
			return desk(caller, id, model);
		}
	}

	/**
	 * The roles whose score notes in the 办理记录 the caller may read: a level's own and the levels' below, every level
	 * for the province (SPEC §2: a lower level never sees a higher level's scores, not even as a total in a note).
	 */
	private static Set<String> scoreRoles(Caller caller) {
		List<Role> chain = List.of(Role.COUNTY_REVIEWER, Role.CITY_REVIEWER, Role.PROVINCE_REVIEWER);
		int upTo = caller.role() == Role.PROVINCE_REVIEWER ? chain.size() : chain.indexOf(caller.role()) + 1;
		return chain.subList(0, Math.max(0, upTo)).stream().map(Role::name).collect(Collectors.toSet());
	}

	/** The refusal's message; for input problems the first field's, which says what is wrong. */
	private String detail(PlatformException refusal) {
		return refusal.fieldProblems().stream().findFirst().map(this::message).orElseGet(() -> this.texts.of(refusal));
	}

	private String message(PlatformException.FieldProblem problem) {
		return problem.key() == null ? String.valueOf(problem.text()) : this.texts.of(problem.key(), problem.arguments());
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** The decision form that was posted and refused, so that its text stays where the reviewer typed it. */
	record Posted(@Nullable ReviewAction action, @Nullable String opinion, @Nullable String target) {
	}

	/** A refused reopening: which sheet, why, and the reason typed. */
	record Reopen(ReviewLevel level, String message, String reason) {
	}

}
