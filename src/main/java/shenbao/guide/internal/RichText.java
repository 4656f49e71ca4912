package shenbao.guide.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A guide's body, made safe to render as is, with the same allow-list as the portal's rich text (the portal's
 * sanitiser is internal to its module): headings, paragraphs, lists, tables, emphasis, http(s) and mailto links; no
 * scripts, styles, event handlers, images or frames.
 */
final class RichText {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private RichText() {
	}

	static String sanitise(String html) {
		return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
	}

}
