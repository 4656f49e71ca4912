package shenbao.book;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * SPEC §10 {@code POST /api/v1/books/verification}: whether an uploaded 申报书 is one the platform sealed, unchanged,
 * and whose it is. The other fields are null when it is not intact.
 */
public record BookVerification(boolean intact, @Nullable Long applicationId, @Nullable String programCode,
		@Nullable String unitName, @Nullable Instant signedAt) {

	public static BookVerification notIntact() {
		return new BookVerification(false, null, null, null, null);
	}

}
