package shenbao.portal.web;

import org.jspecify.annotations.Nullable;

import shenbao.portal.ItemDraft;
import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalItem;

/** The back office's item form; {@code version} travels through it so a stale edit is refused. */
record ItemForm(@Nullable ItemKind kind, @Nullable String title, @Nullable String body, @Nullable NoticeField field,
		@Nullable NoticeType type, @Nullable String programCode, @Nullable Long version, @Nullable String tags) {

	static ItemForm of(PortalItem item) {
		return new ItemForm(item.kind(), item.title(), item.bodyHtml(), item.field(), item.type(), item.programCode(),
				item.version(), String.join("，", item.tags()));
	}

	static ItemForm empty(ItemKind kind) {
		return new ItemForm(kind, "", "", null, null, "", null, "");
	}

	ItemDraft draft(ItemKind fallback) {
		return new ItemDraft(this.kind == null ? fallback : this.kind, this.title == null ? "" : this.title,
				this.body == null ? "" : this.body, this.field, this.type, this.programCode, this.version,
				tagList(this.tags));
	}

	/** Tags as typed: separated by commas (either width), 、 or spaces; blanks dropped, each kept once. */
	static java.util.List<String> tagList(@Nullable String tags) {
		if (tags == null) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(tags.split("[,，、\\s]+"))
			.map(String::strip)
			.filter(tag -> !tag.isEmpty())
			.distinct()
			.toList();
	}

}
