package shenbao.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import shenbao.identity.CreditCode;
import shenbao.identity.Registration;
import shenbao.identity.RegistrationRequest;
import shenbao.identity.Registrations;
import shenbao.identity.Role;
import shenbao.identity.UnitRegistered;
import shenbao.identity.UnitType;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.Platform;
import shenbao.platform.PlatformException.FieldProblem;

/**
 * Registers a unit and its first applicant account. Every field is checked first, then the password is hashed
 * outside the transaction (bcrypt is slow on purpose), then both rows are inserted in one transaction. Uniqueness
 * is left to the constraints {@code unit_credit_code_uk} and {@code account_username_uk}: a check before the insert
 * would let two concurrent registrations both pass it.
 */
@Service
class SelfRegistration implements Registrations {

	private static final Logger log = LoggerFactory.getLogger(SelfRegistration.class);

	private final UnitRules rules;

	private final UnitRepository units;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	SelfRegistration(UnitRules rules, UnitRepository units, AccountRepository accounts, PasswordEncoder passwords,
			TransactionTemplate transactions, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.rules = rules;
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.transactions = transactions;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Registration register(RegistrationRequest request) {
		Checked checked = validate(request);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInput("platform.input.invalid", checked.problems());
		}
		String hash = this.passwords.encode(checked.password());
		Registration registration = this.transactions.execute(status -> insert(checked, hash));
		log.info("Unit {} registered itself with its first applicant account", registration.unitId());
		return registration;
	}

	@Override
	public List<FieldProblem> check(RegistrationRequest request) {
		return validate(request).problems();
	}

	@Override
	public boolean isRegistered(CreditCode creditCode) {
		return this.units.findByCreditCode(creditCode.value()).isPresent();
	}

	private Registration insert(Checked checked, String passwordHash) {
		Unit unit = unlessDuplicate(CREDIT_CODE_TAKEN,
				() -> this.units.save(Unit.create(checked.creditCode(), checked.unitName(),
						Objects.requireNonNull(checked.unitType()),
						checked.regionCode(), checked.contactName(), checked.contactPhone(), this.clock.instant())));
		String displayName = this.messages.getMessage("identity.account.applicant-name",
				new Object[] { checked.contactName(), checked.unitName() }, Platform.LOCALE);
		Account account = unlessDuplicate(USERNAME_TAKEN,
				() -> this.accounts.save(Account.create(checked.username(), passwordHash, Role.APPLICANT,
						checked.regionCode(), unit.id(), displayName, this.clock.instant())));
		this.events.publishEvent(new UnitRegistered(unit.id(), account.id(), unit.regionCode()));
		return new Registration(unit.id(), account.username());
	}

	/** Runs an insert; a unique-constraint violation becomes the 409 named by {@code conflictKey}. */
	private static <T> T unlessDuplicate(String conflictKey, Supplier<T> insert) {
		try {
			return insert.get();
		}
		catch (DataAccessException ex) {
			if (DataAccessFailures.causedBy(ex, DuplicateKeyException.class)) {
				throw new Conflict(conflictKey);
			}
			throw ex;
		}
	}

	private Checked validate(RegistrationRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		String creditCode = creditCode(request.creditCode(), problems);
		String unitName = this.rules.name(request.unitName(), "unitName", problems);
		UnitType unitType = this.rules.type(request.unitType(), "unitType", problems);
		String regionCode = this.rules.region(request.regionCode(), "regionCode", problems);
		String contactName = this.rules.contactName(request.contactName(), "contactName", problems);
		String contactPhone = this.rules.phone(request.contactPhone(), "contactPhone", problems);
		String username = UnitRules.strip(request.username());
		required(username, "username", problems)
			.flatMap(AccountRules::usernameDefect)
			.ifPresent(key -> problems.add(FieldProblem.ofKey("username", key)));
		String password = request.password() == null ? "" : request.password();
		required(password, "password", problems)
			.flatMap(present -> AccountRules.passwordDefect(present, username))
			.ifPresent(key -> problems.add(FieldProblem.ofKey("password", key)));
		return new Checked(creditCode, unitName, unitType, regionCode, contactName, contactPhone, username, password,
				List.copyOf(problems));
	}

	/** Trimmed and upper-cased as {@link CreditCode#parse} does, so a code typed in lower case is accepted. */
	private static String creditCode(@Nullable String raw, List<FieldProblem> problems) {
		String code = UnitRules.strip(raw).toUpperCase(Locale.ROOT);
		required(code, "creditCode", problems).flatMap(CreditCode::defectOf)
			.ifPresent(defect -> problems.add(FieldProblem.ofKey("creditCode", defect.messageKey())));
		return code;
	}

	/** The value when it is not empty; otherwise records "必须填写" for the field. */
	private static Optional<String> required(String value, String field, List<FieldProblem> problems) {
		if (value.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, UnitRules.REQUIRED));
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/** A request after the checks; the values are only used when {@code problems} is empty. */
	private record Checked(String creditCode, String unitName, @Nullable UnitType unitType, String regionCode,
			String contactName, String contactPhone, String username, String password, List<FieldProblem> problems) {

		@Override
		public String toString() {
			return "Checked[username=" + this.username + ", problems=" + this.problems.size() + "]";
		}

	}

}
