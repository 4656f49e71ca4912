package shenbao.portal.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The province's rich text, made safe to render as is: jsoup's Cleaner keeps only an allow-list of tags and
 * attributes (headings, paragraphs, lists, tables, emphasis, links over http(s) and mailto) and drops everything
 * else: scripts, styles, event handlers, {@code javascript:} links, frames, forms. Images are left out too: the
 * content security policy would block outside ones anyway, and an item's files are guides' downloads.
 */
@Component
class RichText {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	/** Sanitised HTML, safe to insert into a page unescaped. */
	String sanitise(String html) {
		return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
	}

	/** The text a reader sees, for search and summaries. */
	String text(String sanitisedHtml) {
		return Jsoup.parse(sanitisedHtml).text();
	}

}
