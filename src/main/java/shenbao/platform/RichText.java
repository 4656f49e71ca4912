package shenbao.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text written by staff (portal items, 公示, a city's 申报指南), made safe to render as is: jsoup's Cleaner keeps
 * only an allow-list of tags and attributes (headings, paragraphs, lists, tables, emphasis, links over http(s) and
 * mailto) and drops everything else: scripts, styles, event handlers, {@code javascript:} links, frames, forms.
 * Images are left out too: the content security policy would block outside ones anyway.
 */
public final class RichText {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private RichText() {
	}

	/** Sanitised HTML, safe to insert into a page unescaped. */
	public static String sanitise(String html) {
		return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
	}

	/** The text a reader sees, for search and summaries. */
	public static String text(String sanitisedHtml) {
		return Jsoup.parse(sanitisedHtml).text();
	}

}
