package shenbao.identity;

import java.util.Optional;

/**
 * The caller of the current request, for facades and controllers of every module. Controllers may also declare a
 * {@link Caller} parameter, which is resolved the same way. Tests of other modules mock this interface.
 */
public interface Callers {

	/** The signed-in account, from the session or the bearer token; empty for an anonymous request. */
	Optional<Caller> find();

	/**
	 * The signed-in account.
	 * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException when the
	 * request is anonymous, which the security chains answer with the login page or a 401
	 */
	Caller current();

}
