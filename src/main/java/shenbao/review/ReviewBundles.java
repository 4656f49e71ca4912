package shenbao.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationSummary;
import shenbao.identity.Caller;

/**
 * SPEC §12 "Complete exports": the sealed 申报书 of a reviewer's filtered list and the 推荐函 that go with them, as
 * one zip. Only what the caller may see goes in; every download is in the audit record.
 */
public interface ReviewBundles {

	/** The most applications one zip holds; a longer list must be narrowed first. */
	int MAX_APPLICATIONS = 500;

	/**
	 * Collects every application of the caller's list under {@code query} (all pages) and the letters of their
	 * counties and cities that the caller may see, before the first byte is written.
	 * @throws shenbao.platform.NotFound (404) for callers who review nothing
	 * @throws shenbao.platform.RuleViolation (422) when the list is empty or longer than {@link #MAX_APPLICATIONS}
	 */
	Bundle prepare(Caller caller, ApplicationQuery query);

	/**
	 * Streams the zip to {@code out} file by file (nothing is held whole in memory) with a 清单 of what is in it and
	 * which applications have no sealed 申报书 (never submitted), and records the download in the audit trail.
	 * @return the number of files written, the 清单 not counted
	 */
	long write(Caller caller, Bundle bundle, OutputStream out) throws IOException;

	/** What a zip will hold, and its download name. */
	record Bundle(String filename, List<ApplicationSummary> applications, List<Letter> letters) {

		public Bundle {
			applications = List.copyOf(applications);
			letters = List.copyOf(letters);
		}

	}

}
