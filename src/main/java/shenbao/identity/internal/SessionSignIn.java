package shenbao.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;
/**
 * Signs a person in to the browser session right after they registered, so they need not type the password they
 * just chose again. It does what the login form's success path does: a new session id (no session fixation), a new
 * CSRF token, and the security context stored in the session.
 */
@Component
public class SessionSignIn {

	private final LoginStates states;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	SessionSignIn(LoginStates states) {
		this.states = states;
	}

	public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		LoginState state = this.states.find(username)
			.orElseThrow(() -> new IllegalStateException("No account to sign in: " + username));
		var principal = new AccountPrincipal(state.caller());
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.csrfTokens.saveToken(null, request, response);
		this.contexts.setContext(context);
		this.sessionContexts.saveContext(context, request, response);
	}

}
