package shenbao.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.Accounts;
import shenbao.identity.CreatedAccount;
import shenbao.identity.Role;
import shenbao.identity.StaffAccount;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.region.Regions;

/**
 * {@link Accounts} over the {@code account} table. Passwords are generated here, never chosen by an administrator:
 * 12 characters from an alphabet without look-alikes (no 0/O, 1/l/I), always with a letter and a digit, so they
 * pass {@link AccountRules#passwordDefect}.
 */
@Service
class StaffAccounts implements Accounts {

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	static final int DISPLAY_NAME_MAX = 100;

	static final int PASSWORD_LENGTH = 12;

	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String ALPHABET = LETTERS + DIGITS;

	private final AccountRepository accounts;

	private final LoginStates states;

	private final PasswordEncoder passwords;

	private final Regions regions;

	private final ApiTokens tokens;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	StaffAccounts(AccountRepository accounts, LoginStates states, PasswordEncoder passwords, Regions regions,
			ApiTokens tokens, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock) {
		this.accounts = accounts;
		this.states = states;
		this.passwords = passwords;
		this.regions = regions;
		this.tokens = tokens;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffAccount> staff(Set<Role> roles, String withinRegion) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByRoleIn(roles)
			.stream()
			.filter(account -> account.regionCode() != null
					&& this.regions.isWithin(account.regionCode(), withinRegion))
			.map(StaffAccounts::staff)
			.sorted(Comparator.comparing(StaffAccount::username))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(long accountId) {
		return this.accounts.findById(accountId).filter(account -> account.unitId() == null).map(StaffAccounts::staff);
	}

	@Override
	@Transactional
	public CreatedAccount create(String username, Role role, @Nullable String regionCode, String displayName) {
		String name = username.strip();
		AccountRules.usernameDefect(name).ifPresent(key -> {
			throw InvalidInput.field("username", key);
		});
		String shown = displayName.strip();
		if (shown.isEmpty() || shown.length() > DISPLAY_NAME_MAX) {
			throw InvalidInput.field("displayName", "identity.account.display-name", DISPLAY_NAME_MAX);
		}
		if (role == Role.APPLICANT) {
			throw new IllegalArgumentException("Applicants register themselves");
		}
		String password = generatePassword();
		Account account;
		try {
			account = this.accounts.save(Account.create(name, this.passwords.encode(password), role, regionCode, null,
					shown, this.clock.instant()));
		}
		catch (DataAccessException ex) {
			if (DataAccessFailures.causedBy(ex, DuplicateKeyException.class)) {
				throw new Conflict("identity.registration.username-taken");
			}
			throw ex;
		}
		log.info("Account {} created with role {} in region {}", account.id(), role, regionCode);
		return new CreatedAccount(staff(account), password);
	}

	@Override
	@Transactional
	public StaffAccount setEnabled(long accountId, boolean enabled) {
		Account account = staffAccount(accountId);
		if (account.enabled() != enabled) {
			account = this.accounts.save(new Account(account.id(), account.username(), account.passwordHash(),
					account.role(), account.regionCode(), account.unitId(), account.displayName(), enabled,
					account.createdAt(), account.version()));
			if (!enabled) {
				endSessions(account.username());
			}
			log.info("Account {} {}", accountId, enabled ? "enabled" : "disabled");
		}
		return staff(account);
	}

	@Override
	@Transactional
	public CreatedAccount resetPassword(long accountId) {
		Account account = staffAccount(accountId);
		String password = generatePassword();
		account = this.accounts.save(new Account(account.id(), account.username(), this.passwords.encode(password),
				account.role(), account.regionCode(), account.unitId(), account.displayName(), account.enabled(),
				account.createdAt(), account.version()));
		this.states.save(accountId, Lockout.CLEAR);
		this.tokens.revokeAll(accountId);
		endSessions(account.username());
		log.info("Password of account {} reset", accountId);
		return new CreatedAccount(staff(account), password);
	}

	String generatePassword() {
		StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
		password.append(LETTERS.charAt(this.random.nextInt(LETTERS.length())));
		password.append(DIGITS.charAt(this.random.nextInt(DIGITS.length())));
		while (password.length() < PASSWORD_LENGTH) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		// shuffle, so the letter and the digit are not always the first two characters
		for (int i = password.length() - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			char swap = password.charAt(i);
			password.setCharAt(i, password.charAt(j));
			password.setCharAt(j, swap);
		}
		return password.toString();
	}

	private Account staffAccount(long accountId) {
		return this.accounts.findById(accountId)
			.filter(account -> account.unitId() == null)
			.orElseThrow(() -> new NotFound("identity.account.not-found"));
	}

	/** A disabled account or a reset password must not keep working in a browser that is already signed in. */
	private void endSessions(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}

	private static StaffAccount staff(Account account) {
		return new StaffAccount(account.id(), account.username(), account.displayName(), account.role(),
				account.regionCode(), account.enabled(), account.createdAt());
	}

}
