package shenbao.book;

import java.io.InputStream;
import java.util.Optional;

import shenbao.identity.Caller;

/**
 * The 申报书 of an application and what hangs on it. Every lookup goes through the application's scope
 * ({@link shenbao.application.Applications#get}): outside it, {@link shenbao.platform.NotFound}.
 */
public interface Books {

	/**
	 * The book a caller downloads: the sealed book of the latest submission once the application is submitted (sealed
	 * now if the listener has not done it yet), or, while its unit edits it (draft, returned), the current state
	 * rendered on the fly without a seal.
	 */
	BookFile book(Caller caller, long applicationId);

	/** The latest sealed round of an application in the caller's scope, if it was ever submitted. */
	Optional<SealedBook> sealed(Caller caller, long applicationId);

	/** The 回执 of the latest submission: when, what, whose, and the hash of the sealed book. */
	Receipt receipt(Caller caller, long applicationId);

	/** The 回执 as a printable PDF (not sealed: its hash points at the sealed book, which is). */
	BookFile receiptPdf(Caller caller, long applicationId);

	/**
	 * Whether {@code pdf} is a 申报书 the platform sealed, unchanged to the last byte, and whose it is. Needs no caller:
	 * anyone holding the file may check it.
	 * @throws shenbao.platform.UnsupportedMedia when the bytes are not a PDF
	 */
	BookVerification verify(InputStream pdf);

}
