package shenbao.document;

import java.time.Instant;

/**
 * A document in a unit's attachment library: a stored file with a kind and a title. An application imports it by
 * referring to {@code file().id()}; the bytes are not copied.
 */
public record LibraryItem(long id, long unitId, LibraryKind kind, String title, StoredFile file, Instant createdAt) {
}
