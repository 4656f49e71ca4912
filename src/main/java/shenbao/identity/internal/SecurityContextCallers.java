package shenbao.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import shenbao.identity.Caller;
import shenbao.identity.Callers;

/** Reads the caller from the request's security context, whichever chain authenticated it. */
@Component
class SecurityContextCallers implements Callers {

	@Override
	public Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.caller());
		}
		return Optional.empty();
	}

	@Override
	public Caller current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in caller"));
	}

}
