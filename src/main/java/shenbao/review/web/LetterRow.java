package shenbao.review.web;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import shenbao.platform.Platform;
import shenbao.review.Letter;

/** One line of a program's 推荐函 table (文件名 / 大小 / 上传时间 / 推荐部门), as the page shows it. */
record LetterRow(long id, String levelKey, String regionName, UUID fileId, String filename, String size,
		LocalDateTime uploadedAt, String uploaderName) {

	static LetterRow of(Letter letter, String regionName) {
		return new LetterRow(letter.id(), "review.level." + letter.level().name(), regionName, letter.fileId(),
				letter.filename(), size(letter.size()), LocalDateTime.ofInstant(letter.uploadedAt(), Platform.ZONE),
				letter.uploaderName());
	}

	/** As the manual's list shows sizes: 125829 → "0.12 MB"; below 10 KB in KB, so that small files are not "0.00". */
	static String size(long bytes) {
		if (bytes < 10 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
	}

}
