package shenbao.expert.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.application.ApplicationView;
import shenbao.expert.Affiliation;
import shenbao.expert.Assignment;
import shenbao.expert.ExpertProfile;
import shenbao.expert.ExpertReviews;
import shenbao.expert.ExpertSheet;
import shenbao.identity.Caller;

/**
 * The expert's calls over the open API: 我的评审, one assigned application with the caller's own scores (and the
 * panel's only after the round closed), scoring, and conflicts.
 */
@RestController
class ExpertReviewApiController {

	private final ExpertReviews reviews;

	ExpertReviewApiController(ExpertReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/expert/reviews")
	List<Assignment> assigned(Caller caller) {
		return this.reviews.assigned(caller);
	}

	@GetMapping("/api/v1/expert/reviews/{applicationId}")
	SheetResponse sheet(Caller caller, @PathVariable long applicationId) {
		return SheetResponse.of(this.reviews.sheet(caller, applicationId));
	}

	@PutMapping("/api/v1/expert/reviews/{applicationId}/scores")
	SheetResponse score(Caller caller, @PathVariable long applicationId, @RequestBody ScoresRequest request) {
		return SheetResponse.of(this.reviews.saveScores(caller, applicationId,
				request.scores() == null ? Map.of() : request.scores(), Boolean.TRUE.equals(request.submit())));
	}

	@PostMapping("/api/v1/expert/reviews/{applicationId}/conflict")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void declareConflict(Caller caller, @PathVariable long applicationId, @RequestBody ConflictRequest request) {
		this.reviews.declareConflict(caller, applicationId, request.reason() == null ? "" : request.reason());
	}

	@GetMapping("/api/v1/expert/me")
	ExpertProfile profile(Caller caller) {
		return this.reviews.profile(caller);
	}

	@PutMapping("/api/v1/expert/me/affiliation")
	ExpertProfile affiliation(Caller caller, @RequestBody Affiliation affiliation) {
		return this.reviews.affiliation(caller, affiliation);
	}

	@PostMapping("/api/v1/expert/me/conflicts")
	@ResponseStatus(HttpStatus.CREATED)
	ExpertProfile declareUnitConflict(Caller caller,
			@RequestBody ExpertPanelApiController.DeclarationRequest request) {
		return this.reviews.declareUnitConflict(caller, request.declaration());
	}

	record ScoresRequest(@Nullable Map<String, BigDecimal> scores, @Nullable Boolean submit) {
	}

	record ConflictRequest(@Nullable String reason) {
	}

	/**
	 * An assigned application as the expert sees it: values and evidence, the caller's own scores, and the panel's
	 * sheets (empty until the round closes).
	 */
	record SheetResponse(long applicationId, String programCode, String unitName, String regionCode,
			Map<String, Object> values, List<ApplicationView.Attachment> attachments, List<Indicator> indicators,
			Map<String, BigDecimal> scores, BigDecimal total, boolean submitted, @Nullable Instant submittedAt,
			boolean roundClosed, List<ExpertSheet.PanelSheet> panel) {

		static SheetResponse of(ExpertSheet sheet) {
			ApplicationView view = sheet.view();
			return new SheetResponse(view.id(), view.programCode(), view.unitName(), view.regionCode(), view.values(),
					view.attachments(),
					sheet.program()
						.indicators()
						.stream()
						.map(indicator -> new Indicator(indicator.key(), indicator.label(), indicator.max(),
								indicator.text(), indicator.bonus()))
						.toList(),
					sheet.scores(), sheet.total(), sheet.submitted(), sheet.submittedAt(), sheet.roundClosed(),
					sheet.panel());
		}

	}

	record Indicator(String key, String label, BigDecimal max, String ruleText, boolean bonus) {
	}

}
