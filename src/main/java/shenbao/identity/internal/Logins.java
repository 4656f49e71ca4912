package shenbao.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One login attempt with username and password, for the form login and the token endpoint alike, so both count
 * towards the same lockout (SPEC §10). The password hash is checked outside the transaction (it is slow on
 * purpose); the outcome is then recorded with the account row locked, re-checking the lock another node may have
 * set meanwhile.
 */
@Component
class Logins {

	private static final Logger log = LoggerFactory.getLogger(Logins.class);

	private final LoginStates states;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Compared against when the username is unknown, so that an unknown name takes as long as a wrong password. */
	private final String unknownUserHash;

	Logins(LoginStates states, PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
		this.states = states;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
		this.unknownUserHash = passwords.encode("unknown-user-" + System.nanoTime());
	}

	LoginOutcome attempt(String username, String password) {
		Optional<LoginState> found = this.states.find(username);
		if (found.isEmpty()) {
			this.passwords.matches(password, this.unknownUserHash);
			return new LoginOutcome.BadCredentials();
		}
		LoginState state = found.get();
		Instant now = this.clock.instant();
		if (state.lockout().isLocked(now)) {
			return new LoginOutcome.Locked(state.lockout().lockedUntil());
		}
		boolean matches = this.passwords.matches(password, state.passwordHash());
		return this.transactions.execute(status -> record(state.accountId(), matches));
	}

	private LoginOutcome record(long accountId, boolean passwordMatches) {
		LoginState state = this.states.lock(accountId);
		Instant now = this.clock.instant();
		Lockout lockout = state.lockout();
		if (lockout.isLocked(now)) {
			return new LoginOutcome.Locked(lockout.lockedUntil());
		}
		if (!passwordMatches) {
			Lockout next = lockout.afterFailure(now);
			this.states.save(accountId, next);
			if (next.isLocked(now)) {
				log.warn("Account {} locked until {} after {} failed logins", accountId, next.lockedUntil(),
						Lockout.MAX_FAILURES);
			}
			return new LoginOutcome.BadCredentials();
		}
		if (!state.enabled()) {
			return new LoginOutcome.Disabled();
		}
		if (!lockout.equals(Lockout.CLEAR)) {
			this.states.save(accountId, Lockout.CLEAR);
		}
		return new LoginOutcome.SignedIn(state.caller());
	}

}
