package shenbao.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Checks the bearer tokens of the {@code /api/**} chain against our own table instead of a remote server. */
@Component
class BearerTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	BearerTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return this.tokens.find(token)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown or expired token"));
	}

}
