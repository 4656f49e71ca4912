package shenbao.alliance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recognised alliance: its lead unit (牵头单位) files the annual assessment. {@code formationApplicationId} is the
 * recognised formation application, null for an alliance the province registered.
 */
public record Alliance(long id, String name, @Nullable String techField, long leadUnitId, String leadUnitName,
		String leadCreditCode, String regionCode, int recognisedYear, @Nullable Long formationApplicationId,
		String registeredBy, Instant registeredAt) {
}
