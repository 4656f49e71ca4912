package shenbao.expert;

import org.jspecify.annotations.Nullable;

/** What an expert declares about themself: their own unit and its region. Every part is optional. */
public record Affiliation(@Nullable String unitName, @Nullable String creditCode, @Nullable String regionCode) {
}
