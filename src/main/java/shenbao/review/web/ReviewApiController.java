package shenbao.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.quota.CityQuotas;
import shenbao.quota.QuotaUse;
import shenbao.region.Regions;
import shenbao.review.Decision;
import shenbao.review.LevelScores;
import shenbao.review.Letter;
import shenbao.review.RecommendationLetters;
import shenbao.review.ReturnTarget;
import shenbao.review.ReviewAction;
import shenbao.review.ReviewSettings;
import shenbao.review.ReviewSettings.EffectiveSetting;
import shenbao.review.Reviews;

/** SPEC §10, the reviewer calls (fixed paths, fields and status codes), and the review module's further calls. */
@RestController
class ReviewApiController {

	private final Reviews reviews;

	private final CityQuotas quotas;

	private final RecommendationLetters letters;

	private final ReviewSettings settings;

	private final Regions regions;

	ReviewApiController(Reviews reviews, CityQuotas quotas, RecommendationLetters letters, ReviewSettings settings,
			Regions regions) {
		this.reviews = reviews;
		this.quotas = quotas;
		this.letters = letters;
		this.settings = settings;
		this.regions = regions;
	}

	@GetMapping("/api/v1/reviews/pending")
	List<Pending> pending(Caller caller, @RequestParam(required = false) @Nullable String program,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "200") int size) {
		return this.reviews.pending(caller, new ApplicationQuery(program, java.util.Set.of(), region, name, page, size))
			.items()
			.stream()
			.map(Pending::of)
			.toList();
	}

	@PostMapping("/api/v1/applications/{id}/decisions")
	Decided decide(Caller caller, @PathVariable long id, @RequestBody DecisionRequest request) {
		ReviewAction action = parse(ReviewAction.class, "action", request.action());
		if (action == null) {
			throw InvalidInput.field("action", "review.api.action-required");
		}
		ReturnTarget target = parse(ReturnTarget.class, "target", request.target());
		return new Decided(this.reviews.decide(caller, id, new Decision(action, request.opinion(), target)));
	}

	@PostMapping("/api/v1/reviews/batch-recommendations")
	Map<Long, ApplicationStatus> recommendAll(Caller caller, @RequestBody BatchRequest request) {
		return this.reviews.recommendAll(caller, request.applicationIds() == null ? List.of() : request.applicationIds(),
				request.opinion() == null ? "" : request.opinion());
	}

	@PutMapping("/api/v1/applications/{id}/scores")
	LevelScores score(Caller caller, @PathVariable long id, @RequestBody ScoreRequest request) {
		return this.reviews.saveScores(caller, id, request.scores() == null ? Map.of() : request.scores(),
				Boolean.TRUE.equals(request.submit()));
	}

	@GetMapping("/api/v1/applications/{id}/scores")
	List<LevelScores> scores(Caller caller, @PathVariable long id) {
		return this.reviews.scores(caller, id);
	}

	@PostMapping("/api/v1/applications/{id}/scores/{level}/reopening")
	LevelScores reopen(Caller caller, @PathVariable long id, @PathVariable String level,
			@RequestBody ReopenRequest request) {
		ReviewLevel parsed = parse(ReviewLevel.class, "level", level);
		if (parsed == null) {
			throw InvalidInput.field("level", "review.api.value-unknown", level);
		}
		return this.reviews.reopenScores(caller, id, parsed, request.reason() == null ? "" : request.reason());
	}

	@GetMapping("/api/v1/quotas")
	Quota quota(Caller caller, @RequestParam String program, @RequestParam String region) {
		String own = caller.regionCode();
		boolean inScope = own != null && (caller.role() == Role.CITY_REVIEWER || caller.role() == Role.PROVINCE_REVIEWER
				|| caller.role() == Role.COUNTY_REVIEWER) && this.regions.find(region).map(r -> r.isCity()).orElse(false)
				&& (this.regions.isWithin(region, own) || this.regions.isWithin(own, region));
		if (!inScope) {
			throw new NotFound("review.api.region-not-found");
		}
		QuotaUse use = this.quotas.usage(program, region);
		return new Quota(use.quota(), use.used());
	}

	@GetMapping("/api/v1/reviews/letters")
	List<Letter> letters(Caller caller, @RequestParam String program) {
		return this.letters.list(caller, program);
	}

	@PostMapping(path = "/api/v1/reviews/letters", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	Letter upload(Caller caller, @RequestParam String program, @RequestParam("file") MultipartFile file)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return this.letters.upload(caller, program, content,
					file.getOriginalFilename() == null ? "letter.pdf" : file.getOriginalFilename());
		}
	}

	@GetMapping("/api/v1/reviews/settings/{program}")
	EffectiveSetting setting(Caller caller, @PathVariable String program) {
		if (caller.role() != Role.CITY_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("review.settings.not-found");
		}
		return this.settings.effective(program, caller.regionCode());
	}

	@PutMapping("/api/v1/reviews/settings/{program}")
	EffectiveSetting set(Caller caller, @PathVariable String program, @RequestBody SettingRequest request) {
		return this.settings.set(caller, program, request.countyReview(), request.countyCloses(),
				request.cityCloses());
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw InvalidInput.field(field, "review.api.value-unknown", value);
		}
	}

	record Pending(long applicationId, String programCode, String unitName, String regionCode,
			ApplicationStatus status, @Nullable Instant submittedAt) {

		static Pending of(ApplicationSummary summary) {
			return new Pending(summary.id(), summary.programCode(), summary.unitName(), summary.regionCode(),
					summary.status(), summary.submittedAt());
		}

	}

	record DecisionRequest(@Nullable String action, @Nullable String opinion, @Nullable String target) {
	}

	record Decided(ApplicationStatus status) {
	}

	record BatchRequest(@Nullable List<Long> applicationIds, @Nullable String opinion) {
	}

	record ScoreRequest(@Nullable Map<String, BigDecimal> scores, @Nullable Boolean submit) {
	}

	record ReopenRequest(@Nullable String reason) {
	}

	record Quota(@Nullable Integer quota, int used) {
	}

	record SettingRequest(@Nullable Boolean countyReview, java.time.@Nullable LocalDateTime countyCloses,
			java.time.@Nullable LocalDateTime cityCloses) {
	}


}
