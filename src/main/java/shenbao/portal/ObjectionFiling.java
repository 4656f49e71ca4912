package shenbao.portal;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * A 公示异议 as the public files it. A person gives a real name and a phone number; a unit gives its name, a contact
 * phone and its stamped letter ({@code letter}, a PDF). {@code evidence} is an optional PDF. The streams are read
 * once, before anything is written; the caller closes them.
 */
public record ObjectionFiling(long entryId, ObjectionCategory category, ObjectorKind objectorKind,
		@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable String content,
		@Nullable Upload letter, @Nullable Upload evidence) {

	/** A file sent with the objection. */
	public record Upload(InputStream content, String filename) {
	}

}
