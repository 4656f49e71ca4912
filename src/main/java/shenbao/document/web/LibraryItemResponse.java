package shenbao.document.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.platform.Platform;

/** An item of the unit's library over the API; {@code fileId} is what an application imports. */
record LibraryItemResponse(long id, LibraryKind kind, String title, UUID fileId, String filename, long size,
		String sha256, OffsetDateTime createdAt) {

	static LibraryItemResponse of(LibraryItem item) {
		return new LibraryItemResponse(item.id(), item.kind(), item.title(), item.file().id(), item.file().filename(),
				item.file().size(), item.file().sha256(), OffsetDateTime.ofInstant(item.createdAt(), Platform.ZONE));
	}

}
