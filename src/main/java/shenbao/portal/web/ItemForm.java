package shenbao.portal.web;

import org.jspecify.annotations.Nullable;

import shenbao.portal.ItemDraft;
import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalItem;

/** The back office's item form; {@code version} travels through it so a stale edit is refused. */
record ItemForm(@Nullable ItemKind kind, @Nullable String title, @Nullable String body, @Nullable NoticeField field,
		@Nullable NoticeType type, @Nullable String programCode, @Nullable Long version) {

	static ItemForm of(PortalItem item) {
		return new ItemForm(item.kind(), item.title(), item.bodyHtml(), item.field(), item.type(), item.programCode(),
				item.version());
	}

	static ItemForm empty(ItemKind kind) {
		return new ItemForm(kind, "", "", null, null, "", null);
	}

	ItemDraft draft(ItemKind fallback) {
		return new ItemDraft(this.kind == null ? fallback : this.kind, this.title == null ? "" : this.title,
				this.body == null ? "" : this.body, this.field, this.type, this.programCode, this.version);
	}

}
