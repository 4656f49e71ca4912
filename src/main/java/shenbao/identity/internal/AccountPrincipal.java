package shenbao.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import shenbao.identity.Caller;

/**
 * The principal of every authentication this platform makes, from the login form (kept in the database-backed
 * session, hence serializable) and from a bearer token (the opaque-token support wants an
 * {@link OAuth2AuthenticatedPrincipal}). Either way it carries the {@link Caller} snapshot.
 */
public final class AccountPrincipal implements OAuth2AuthenticatedPrincipal, Serializable {

	private static final long serialVersionUID = 1L;

	private final Caller caller;

	AccountPrincipal(Caller caller) {
		this.caller = caller;
	}

	public Caller caller() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.username();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("username", this.caller.username(), "role", this.caller.role().name());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.caller.role().authority()));
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.caller.accountId() + "]";
	}

}
