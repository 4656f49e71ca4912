package shenbao.review.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.review.Reviews;

/**
 * 批量推荐 from 我的待办: the ticked applications with one opinion, all or none. A refusal (a full quota, missing
 * scores, a passed deadline) comes back to the list in Chinese with the ticks and the opinion kept.
 */
@Controller
class BatchRecommendationController {

	private final Reviews reviews;

	private final Texts texts;

	BatchRecommendationController(Reviews reviews, Texts texts) {
		this.reviews = reviews;
		this.texts = texts;
	}

	@PostMapping("/review/batch-recommendations")
	String recommendAll(Caller caller, @RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			@RequestParam(defaultValue = "") String opinion, @RequestParam(required = false) @Nullable String program,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String name, RedirectAttributes redirect) {
		ReviewListController.levelOf(caller);
		List<Long> chosen = ids == null ? List.of() : ids;
		try {
			int done = this.reviews.recommendAll(caller, chosen, opinion).size();
			redirect.addFlashAttribute("notice", this.texts.of("review.batch.done", done));
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			redirect.addFlashAttribute("batchRefusal", this.texts.of("review.batch.refused", detail(ex)));
			redirect.addFlashAttribute("batchIds", chosen);
			redirect.addFlashAttribute("batchOpinion", opinion);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/review")
			.queryParamIfPresent("program", java.util.Optional.ofNullable(blankToNull(program)))
			.queryParamIfPresent("region", java.util.Optional.ofNullable(blankToNull(region)))
			.queryParamIfPresent("name", java.util.Optional.ofNullable(blankToNull(name)))
			.encode()
			.toUriString();
	}

	/** The refusal's own message, or its first field's (an InvalidInput says only "输入有误" on its own). */
	private String detail(PlatformException refusal) {
		return refusal.fieldProblems()
			.stream()
			.findFirst()
			.map(problem -> problem.key() == null ? problem.text() : this.texts.of(problem.key(), problem.arguments()))
			.orElseGet(() -> this.texts.of(refusal));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
