package shenbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * 汇总表 built in the background so that a page can show its progress: start, poll, then download. A job belongs to
 * the account that started it (anyone else gets "not found"); it runs on the node that started it, but its progress
 * and finished file can be read from any node, and it is forgotten some time after it ends.
 */
public interface ExportJobs {

	/**
	 * @throws shenbao.platform.NotFound as {@link SummarySheets#check}
	 * @throws shenbao.platform.Conflict (409) when the caller already has as many exports running as allowed
	 */
	ExportJob start(Caller caller, String programCode, @Nullable String regionCode);

	/** @throws shenbao.platform.NotFound for an unknown or expired job, or someone else's */
	ExportJob get(Caller caller, UUID id);

	/**
	 * Copies the finished workbook to {@code out} and records the download in the audit trail.
	 * @throws shenbao.platform.NotFound as {@link #get}, and while the job has not finished
	 */
	void download(Caller caller, UUID id, OutputStream out) throws IOException;

}
