package shenbao.scoring.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.Scoring;

/** SPEC §9, a fixed contract: scores values for a program; no login, changes nothing. */
@RestController
class ScoringApiController {

	private final Scoring scoring;

	ScoringApiController(Scoring scoring) {
		this.scoring = scoring;
	}

	@PostMapping("/api/v1/scoring/{programCode}")
	ScoreSheet score(@PathVariable String programCode, @RequestBody ScoringRequest request) {
		if (request.values() == null) {
			throw new InvalidInput("platform.input.invalid",
					List.of(FieldProblem.ofKey("values", "scoring.values.required")));
		}
		return this.scoring.score(programCode, request.values());
	}

	record ScoringRequest(@Nullable Map<String, @Nullable Object> values) {
	}

}
