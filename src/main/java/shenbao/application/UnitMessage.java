package shenbao.application;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a unit's 消息列表, already in the reader's language. */
public record UnitMessage(long id, @Nullable Long applicationId, String text, Instant at, boolean read) {
}
