package shenbao.deadline.web;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.deadline.Deadlines;
import shenbao.deadline.Extension;
import shenbao.deadline.WindowKind;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;

/** Window extensions over the open API (province reviewers). */
@RestController
class DeadlineApiController {

	private final Deadlines deadlines;

	DeadlineApiController(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/api/v1/programs/{code}/extensions")
	List<Extension> extensions(Caller caller, @PathVariable String code) {
		return this.deadlines.extensions(code);
	}

	@PostMapping("/api/v1/programs/{code}/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	Extension extend(Caller caller, @PathVariable String code, @RequestBody ExtensionRequest request) {
		if (request.kind() == null) {
			throw InvalidInput.field("kind", "deadline.kind-required");
		}
		if (request.closes() == null) {
			throw InvalidInput.field("closes", "deadline.closes-required");
		}
		return this.deadlines.extend(caller, code, request.kind(), request.unitCreditCode(), request.closes(),
				request.reason() == null ? "" : request.reason());
	}

	record ExtensionRequest(@Nullable WindowKind kind, @Nullable String unitCreditCode, @Nullable LocalDateTime closes,
			@Nullable String reason) {
	}

}
