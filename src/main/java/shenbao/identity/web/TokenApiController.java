package shenbao.identity.web;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.internal.ApiTokens;
import shenbao.identity.internal.ApiTokens.IssuedToken;

/** SPEC §10 {@code POST /api/v1/auth/token}: username and password in, a bearer token out. */
@RestController
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** 200 with the token; 401 wrong credentials; 423 locked after 5 failures; 400 a field missing. */
	@PostMapping("/api/v1/auth/token")
	TokenResponse issue(@Valid @RequestBody TokenRequest request) {
		IssuedToken issued = this.tokens.issue(request.username(), request.password());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	record TokenRequest(@NotBlank(message = "{platform.input.required}") String username,
			@NotBlank(message = "{platform.input.required}") String password) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + this.username + "]";
		}

	}

	/** {@code expiresAt} is ISO-8601 with the Asia/Shanghai offset, e.g. {@code 2026-05-20T17:30:00+08:00}. */
	record TokenResponse(String token, OffsetDateTime expiresAt) {
	}

}
