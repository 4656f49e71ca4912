package shenbao.identity.internal;

import java.time.Instant;

import shenbao.identity.Caller;

/** The answer to one login attempt, shared by the form login and the token endpoint. */
sealed interface LoginOutcome {

	record SignedIn(Caller caller) implements LoginOutcome {
	}

	/** Unknown username or wrong password: the two are never told apart. */
	record BadCredentials() implements LoginOutcome {
	}

	record Locked(Instant until) implements LoginOutcome {
	}

	/** Right password, but an administrator switched the account off. */
	record Disabled() implements LoginOutcome {
	}

}
