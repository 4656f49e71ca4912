package shenbao.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Registration;
import shenbao.identity.RegistrationRequest;
import shenbao.identity.Registrations;

/** SPEC §10 {@code POST /api/v1/registrations}: self-registration of an applicant unit, no login needed. */
@RestController
class RegistrationApiController {

	private final Registrations registrations;

	RegistrationApiController(Registrations registrations) {
		this.registrations = registrations;
	}

	/**
	 * 201 {@code {"unitId","username"}}; 400 with {@code errors} naming every field at fault (credit code, region,
	 * password, …); 409 when the credit code or the username is already registered.
	 */
	@PostMapping("/api/v1/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationResponse register(@RequestBody RegistrationRequest request) {
		Registration registration = this.registrations.register(request);
		return new RegistrationResponse(registration.unitId(), registration.username());
	}

	record RegistrationResponse(long unitId, String username) {
	}

}
