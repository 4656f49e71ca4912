package shenbao.identity;

import org.jspecify.annotations.Nullable;

/**
 * A self-registration as typed (SPEC §10 {@code POST /api/v1/registrations}, and the 注册 page): every field is raw
 * text, possibly missing, because {@link Registrations#register} checks all of them and names each one at fault.
 * {@code unitType} is a {@link UnitType} name; {@code regionCode} a 县区, or a 市州 without counties.
 */
public record RegistrationRequest(@Nullable String creditCode, @Nullable String unitName, @Nullable String unitType,
		@Nullable String regionCode, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String username, @Nullable String password) {

	/** Leaves the password, the phone number and the credit code out of logs and exception messages. */
	@Override
	public String toString() {
		return "RegistrationRequest[username=" + this.username + ", regionCode=" + this.regionCode + "]";
	}

}
