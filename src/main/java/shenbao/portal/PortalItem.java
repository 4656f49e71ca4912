package shenbao.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item the province published on the portal. {@code bodyHtml} is sanitised rich text, safe to render as is;
 * {@code field}, {@code type} and {@code programCode} belong to notices, {@code fileId} and {@code filename} to
 * guides (a downloadable PDF), {@code tags} to policies (the 企业标签 they are recommended to).
 */
public record PortalItem(long id, ItemKind kind, String title, String bodyHtml, String bodyText,
		@Nullable NoticeField field, @Nullable NoticeType type, @Nullable String programCode, @Nullable UUID fileId,
		@Nullable String filename, Instant publishedAt, Instant updatedAt, String updatedBy, long version,
		List<String> tags) {

	public PortalItem {
		tags = List.copyOf(tags);
	}

	/** The first characters of the plain text, for lists and search results. */
	public String summary() {
		String text = this.bodyText.strip();
		return text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}

}
