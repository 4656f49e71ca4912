package shenbao.alliance.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceHistory;
import shenbao.alliance.AllianceRegistration;
import shenbao.alliance.Alliances;
import shenbao.identity.Caller;

/** The alliance register over the open API: the same scope as the pages (province: its province; a lead unit: its own). */
@RestController
class AllianceApiController {

	private final Alliances alliances;

	AllianceApiController(Alliances alliances) {
		this.alliances = alliances;
	}

	/** Every visible alliance with its formation and assessments, by name. */
	@GetMapping("/api/v1/alliances")
	List<AllianceHistory> list(Caller caller) {
		return this.alliances.list(caller);
	}

	@GetMapping("/api/v1/alliances/{id}")
	AllianceHistory history(Caller caller, @PathVariable long id) {
		return this.alliances.history(caller, id);
	}

	/** The province registers an alliance recognised before the platform. */
	@PostMapping("/api/v1/alliances")
	@ResponseStatus(HttpStatus.CREATED)
	Alliance register(Caller caller, @RequestBody AllianceRegistration registration) {
		return this.alliances.register(caller, registration);
	}

}
