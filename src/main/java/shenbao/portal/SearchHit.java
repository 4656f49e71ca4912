package shenbao.portal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One match of the portal search: what it is ({@code portal.hit.*} message key), its title, a snippet and its page. */
public record SearchHit(String kindKey, String title, String summary, String path, @Nullable Instant at) {
}
