package shenbao.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Each unit's attachment library (SPEC §4: 营业执照, 审计报告, …): documents uploaded once and imported into any
 * application slot without uploading again. Every call names the unit; an item of another unit is not found.
 * Removing an item keeps its stored file, which applications may still refer to.
 */
public interface UnitLibrary {

	/** The unit's items, newest first. */
	List<LibraryItem> list(long unitId);

	/**
	 * Streams the PDF into storage (as {@link Documents#storePdf}) and adds it to the unit's library.
	 * @param title what the unit calls it, at most 100 characters; blank takes the file's name
	 * @throws shenbao.platform.InvalidInput (400) naming {@code title} when it is too long
	 * @throws shenbao.platform.UnsupportedMedia (415) when the bytes are not a PDF
	 * @throws shenbao.platform.TooLarge (413) over the upload limit
	 */
	LibraryItem add(long unitId, LibraryKind kind, @Nullable String title, InputStream content, String filename);

	/**
	 * Takes the item out of the library; its stored file stays.
	 * @throws shenbao.platform.NotFound when the unit has no such item
	 */
	void remove(long unitId, long itemId);

	Optional<LibraryItem> find(long unitId, long itemId);

	/**
	 * The unit's item, for importing its {@link LibraryItem#file()} into an application.
	 * @throws shenbao.platform.NotFound when the unit has no such item (also when it is another unit's)
	 */
	LibraryItem get(long unitId, long itemId);

}
