package shenbao.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Caller;
import shenbao.identity.Role;

/** {@code GET /api/v1/me}: who the bearer token (or session) stands for, so an API client can check its setup. */
@RestController
class MeApiController {

	@GetMapping("/api/v1/me")
	MeResponse me(Caller caller) {
		return new MeResponse(caller.username(), caller.displayName(), caller.role(), caller.regionCode(),
				caller.unitId());
	}

	record MeResponse(String username, String displayName, Role role, @Nullable String regionCode,
			@Nullable Long unitId) {
	}

}
