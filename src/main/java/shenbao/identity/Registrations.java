package shenbao.identity;

import java.util.List;

import shenbao.platform.PlatformException.FieldProblem;

/**
 * Self-registration of applicant units (SPEC §4, §10). The 注册 page and {@code POST /api/v1/registrations} both call
 * {@link #register}, so they accept and refuse exactly the same things.
 */
public interface Registrations {

	/** The message key of the 409 when the credit code is already registered. */
	String CREDIT_CODE_TAKEN = "identity.registration.credit-code-taken";

	/** The message key of the 409 when the username is already taken. */
	String USERNAME_TAKEN = "identity.registration.username-taken";

	/**
	 * Creates the unit and its first {@link Role#APPLICANT} account (region = the unit's region) in one transaction,
	 * and publishes {@link UnitRegistered}.
	 * @throws shenbao.platform.InvalidInput (400) naming every field at fault, with a Chinese message each
	 * @throws shenbao.platform.Conflict (409, {@link #CREDIT_CODE_TAKEN} or {@link #USERNAME_TAKEN}) when the credit
	 * code or the username is already registered, decided by the database's unique constraints so that two
	 * concurrent registrations can never both succeed
	 */
	Registration register(RegistrationRequest request);

	/**
	 * What {@link #register} would refuse before touching the database (uniqueness is not checked), in field order;
	 * empty when the request is well formed. For forms that add checks of their own (e.g. 确认密码).
	 */
	List<FieldProblem> check(RegistrationRequest request);

	/** Whether a unit with this code has registered, for inline hints while a person types. */
	boolean isRegistered(CreditCode creditCode);

}
