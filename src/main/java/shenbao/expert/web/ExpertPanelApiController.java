package shenbao.expert.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.expert.Affiliation;
import shenbao.expert.AutoAssignment;
import shenbao.expert.ExpertPanels;
import shenbao.expert.ExpertProfile;
import shenbao.expert.Panel;
import shenbao.expert.ProposedApplication;
import shenbao.expert.RankedApplication;
import shenbao.expert.RoundSettings;
import shenbao.expert.UnitDeclaration;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;

/** The province's expert review over the open API: the same facade calls as the 专家评审 pages. */
@RestController
class ExpertPanelApiController {

	private static final String PANEL = "/api/v1/expert/panels/{program}";

	private final ExpertPanels panels;

	ExpertPanelApiController(ExpertPanels panels) {
		this.panels = panels;
	}

	@GetMapping(PANEL)
	Panel panel(Caller caller, @PathVariable String program) {
		return this.panels.panel(caller, program);
	}

	@PutMapping(PANEL + "/settings")
	Panel settings(Caller caller, @PathVariable String program, @RequestBody SettingsRequest request) {
		this.panels.settings(caller, program,
				new RoundSettings(required("expertsPerApplication", request.expertsPerApplication()),
						required("maxPerExpert", request.maxPerExpert())));
		return this.panels.panel(caller, program);
	}

	@PostMapping(PANEL + "/members")
	@ResponseStatus(HttpStatus.CREATED)
	Panel addMember(Caller caller, @PathVariable String program, @RequestBody ExpertRequest request) {
		this.panels.addMember(caller, program, required("expertId", request.expertId()));
		return this.panels.panel(caller, program);
	}

	@DeleteMapping(PANEL + "/members/{expertId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMember(Caller caller, @PathVariable String program, @PathVariable long expertId) {
		this.panels.removeMember(caller, program, expertId);
	}

	@PostMapping(PANEL + "/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	Panel assign(Caller caller, @PathVariable String program, @RequestBody AssignmentRequest request) {
		this.panels.assign(caller, program, required("applicationId", request.applicationId()),
				required("expertId", request.expertId()));
		return this.panels.panel(caller, program);
	}

	@DeleteMapping(PANEL + "/assignments/{applicationId}/{expertId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unassign(Caller caller, @PathVariable String program, @PathVariable long applicationId,
			@PathVariable long expertId) {
		this.panels.unassign(caller, program, applicationId, expertId);
	}

	@PostMapping(PANEL + "/auto-assignment")
	AutoAssignment autoAssign(Caller caller, @PathVariable String program) {
		return this.panels.autoAssign(caller, program);
	}

	@PostMapping(PANEL + "/closure")
	List<RankedApplication> close(Caller caller, @PathVariable String program) {
		this.panels.close(caller, program);
		return this.panels.results(caller, program);
	}

	@GetMapping(PANEL + "/results")
	List<RankedApplication> results(Caller caller, @PathVariable String program) {
		return this.panels.results(caller, program);
	}

	@PutMapping(PANEL + "/proposal")
	List<ProposedApplication> propose(Caller caller, @PathVariable String program,
			@RequestBody ProposalRequest request) {
		return this.panels.propose(caller, program,
				request.applicationIds() == null ? List.of() : request.applicationIds(), request.opinion());
	}

	@GetMapping(PANEL + "/proposal")
	List<ProposedApplication> proposed(Caller caller, @PathVariable String program) {
		this.panels.panel(caller, program);
		return this.panels.proposed(program);
	}

	@GetMapping("/api/v1/expert/experts")
	List<ExpertProfile> experts(Caller caller) {
		return this.panels.experts(caller);
	}

	@PutMapping("/api/v1/expert/experts/{expertId}/affiliation")
	ExpertProfile affiliation(Caller caller, @PathVariable long expertId, @RequestBody Affiliation affiliation) {
		return this.panels.affiliation(caller, expertId, affiliation);
	}

	@PostMapping("/api/v1/expert/experts/{expertId}/relationships")
	@ResponseStatus(HttpStatus.CREATED)
	ExpertProfile addRelationship(Caller caller, @PathVariable long expertId, @RequestBody DeclarationRequest request) {
		return this.panels.addRelationship(caller, expertId, request.declaration());
	}

	@DeleteMapping("/api/v1/expert/experts/{expertId}/relationships/{relationshipId}")
	ExpertProfile removeRelationship(Caller caller, @PathVariable long expertId, @PathVariable long relationshipId) {
		return this.panels.removeRelationship(caller, expertId, relationshipId);
	}

	static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw InvalidInput.field(field, "platform.input.required");
		}
		return value;
	}

	record SettingsRequest(@Nullable Integer expertsPerApplication, @Nullable Integer maxPerExpert) {
	}

	record ExpertRequest(@Nullable Long expertId) {
	}

	record AssignmentRequest(@Nullable Long applicationId, @Nullable Long expertId) {
	}

	record ProposalRequest(@Nullable List<Long> applicationIds, @Nullable String opinion) {
	}

	/** A relationship or conflict with a unit: its credit code and/or name, and what it is. */
	record DeclarationRequest(@Nullable String creditCode, @Nullable String unitName, @Nullable String note) {

		UnitDeclaration declaration() {
			return new UnitDeclaration(this.creditCode, this.unitName, this.note == null ? "" : this.note);
		}

	}

}
