package shenbao.document.web;

import org.jspecify.annotations.Nullable;

import shenbao.document.LibraryKind;

/** The library's upload form, apart from the file itself (which is never kept for a re-render). */
record LibraryForm(@Nullable LibraryKind kind, @Nullable String title) {

	static LibraryForm empty() {
		return new LibraryForm(null, null);
	}

}
