package shenbao.document.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The name an uploaded file is kept and downloaded under: the last part of what the browser sent (old browsers send
 * {@code C:\fakepath\…}), without control or invisible formatting characters (a right-to-left override can disguise
 * {@code .exe} as {@code .pdf}), without leading dots, at most 200 characters, ending in {@code .pdf}. Chinese and
 * every other script are kept as they are.
 */
final class Filename {

	static final String FALLBACK = "file.pdf";

	private static final int MAX_LENGTH = 200;

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String PDF = ".pdf";

	private Filename() {
	}

	static String sanitise(@Nullable String original) {
		String name = (original != null) ? Normalizer.normalize(original, Normalizer.Form.NFC) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = INVISIBLE.matcher(name).replaceAll("");
		name = SPACES.matcher(name).replaceAll(" ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1).strip();
		}
		if (name.isEmpty()) {
			return FALLBACK;
		}
		if (!name.toLowerCase(Locale.ROOT).endsWith(PDF)) {
			name = name + PDF;
		}
		return shorten(name);
	}

	/** Keeps the extension and cuts the stem, never inside a character made of two UTF-16 units. */
	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = name.substring(name.length() - PDF.length());
		String stem = name.substring(0, name.length() - PDF.length());
		int end = stem.offsetByCodePoints(0, MAX_LENGTH - PDF.length());
		return stem.substring(0, end).strip() + extension;
	}

}
