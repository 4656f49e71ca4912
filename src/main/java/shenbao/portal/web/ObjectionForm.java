package shenbao.portal.web;

import org.jspecify.annotations.Nullable;

import shenbao.portal.ObjectionCategory;
import shenbao.portal.ObjectorKind;

/** The 公示异议 form as posted; files come as separate multipart parts. */
record ObjectionForm(@Nullable Long entryId, @Nullable ObjectionCategory category,
		@Nullable ObjectorKind objectorKind, @Nullable String name, @Nullable String phone, @Nullable String email,
		@Nullable String content) {

	static ObjectionForm empty() {
		return new ObjectionForm(null, ObjectionCategory.OBJECTION, ObjectorKind.PERSON, "", "", "", "");
	}

}
