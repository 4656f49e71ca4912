package shenbao.review.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.review.Checklist;
import shenbao.review.Checklists;

/**
 * The 核查清单 over the API (issue 8 point 4), the same calls the detail page makes: read it as the caller may see
 * it, confirm one item, read every change.
 */
@RestController
class ChecklistApiController {

	private final Checklists checklists;

	ChecklistApiController(Checklists checklists) {
		this.checklists = checklists;
	}

	/** 404 also where the program has no checklist: there is no such resource. */
	@GetMapping("/api/v1/applications/{id}/checklist")
	Checklist checklist(Caller caller, @PathVariable long id) {
		return this.checklists.checklist(caller, id).orElseThrow(() -> new NotFound("platform.not-found"));
	}

	@PutMapping("/api/v1/applications/{id}/checklist/{item}")
	Checklist.Confirmation confirm(Caller caller, @PathVariable long id, @PathVariable String item,
			@RequestBody ConfirmationRequest request) {
		if (request.met() == null) {
			throw InvalidInput.field("met", "review.checklist.choose");
		}
		return this.checklists.confirm(caller, id, item, request.met(), request.remark());
	}

	@GetMapping("/api/v1/applications/{id}/checklist/revisions")
	List<Checklist.Revision> revisions(Caller caller, @PathVariable long id) {
		return this.checklists.revisions(caller, id);
	}

	/** {@code met}: true for 确认达标, false for 不达标. */
	record ConfirmationRequest(@Nullable Boolean met, @Nullable String remark) {
	}

}
