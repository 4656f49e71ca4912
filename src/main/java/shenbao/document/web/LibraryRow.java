package shenbao.document.web;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import shenbao.document.LibraryItem;
import shenbao.platform.Platform;

/** One line of the library table, as the page shows it. */
record LibraryRow(long id, String kindKey, String title, UUID fileId, String filename, String size, String sha256,
		String shortSha256, LocalDateTime uploadedAt) {

	/** Enough of the hash to tell files apart at a glance; the whole hash is in the cell's title. */
	static final int SHORT_SHA256 = 12;

	static LibraryRow of(LibraryItem item) {
		return new LibraryRow(item.id(), item.kind().messageKey(), item.title(), item.file().id(),
				item.file().filename(), size(item.file().size()), item.file().sha256(),
				item.file().sha256().substring(0, SHORT_SHA256),
				LocalDateTime.ofInstant(item.createdAt(), Platform.ZONE));
	}

	/** 1536 → "1.5 KB", 20971520 → "20.0 MB". */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
