package shenbao.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the province writes for a portal item. {@code bodyHtml} may contain any HTML: it is sanitised against an
 * allow-list before it is stored. {@code version} is the version the form was read at (null for a new item).
 */
public record ItemDraft(ItemKind kind, String title, String bodyHtml, @Nullable NoticeField field,
		@Nullable NoticeType type, @Nullable String programCode, @Nullable Long version, List<String> tags) {

	public ItemDraft {
		tags = List.copyOf(tags);
	}

	/** A draft without tags (notices, guides, FAQ; a policy for everyone). */
	public ItemDraft(ItemKind kind, String title, String bodyHtml, @Nullable NoticeField field, @Nullable NoticeType type,
			@Nullable String programCode, @Nullable Long version) {
		this(kind, title, bodyHtml, field, type, programCode, version, List.of());
	}

}
