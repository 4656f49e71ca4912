package shenbao.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The login form's check, backed by {@link Logins} so that it shares the lockout with the token endpoint. The
 * security chain turns {@link LockedException} into the "locked" message and every other failure into "wrong
 * username or password".
 */
@Component
class FormLoginAuthenticationProvider implements AuthenticationProvider {

	private final Logins logins;

	FormLoginAuthenticationProvider(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? "" : credentials.toString();
		return switch (this.logins.attempt(username, password)) {
			case LoginOutcome.SignedIn signedIn -> {
				var principal = new AccountPrincipal(signedIn.caller());
				yield UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
			}
			case LoginOutcome.BadCredentials bad -> throw new BadCredentialsException("Bad credentials");
			case LoginOutcome.Disabled disabled -> throw new DisabledException("Account disabled");
			case LoginOutcome.Locked locked -> throw new LockedException("Account locked");
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
