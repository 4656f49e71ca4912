package shenbao.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file kept by the platform: its original name, size and SHA-256 as received. Applications and the unit library
 * refer to it by id; the same stored file may back several references (imported, never copied).
 */
public record StoredFile(UUID id, String filename, long size, String sha256, String contentType, Instant storedAt,
		@Nullable Long unitId) {
}
