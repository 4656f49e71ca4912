package shenbao.alliance;

import org.jspecify.annotations.Nullable;

/** What the province gives to register an alliance recognised before the platform. */
public record AllianceRegistration(@Nullable String name, @Nullable String techField,
		@Nullable String leadCreditCode, @Nullable Integer recognisedYear) {
}
