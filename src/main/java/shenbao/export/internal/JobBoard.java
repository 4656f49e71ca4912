package shenbao.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import shenbao.audit.AuditTrail;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.export.ExportJob;
import shenbao.export.ExportJob.State;
import shenbao.export.ExportJobs;
import shenbao.export.SummaryRequest;
import shenbao.export.SummarySheets;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;

/**
 * {@link ExportJobs}: each job writes its workbook to a temporary file on one of {@link #THREADS} threads of the node
 * that started it (exports are CPU work; two at a time leave the machine to the others), then keeps it in file
 * storage. Its state, progress and file are in {@code export_job} ({@link JobRows}), so the page that polls it and
 * the download may reach any node. A running job whose node has not beaten for {@link #SILENT} (the node stopped) is
 * shown as failed; a job is forgotten {@link #KEEP} after it ends.
 */
@Service
class JobBoard implements ExportJobs, DisposableBean {

	static final int THREADS = 2;

	static final int RUNNING_PER_CALLER = 2;

	static final Duration KEEP = Duration.ofMinutes(30);

	/** How often a running job writes its progress (and so beats). */
	static final Duration BEAT = Duration.ofSeconds(1);

	static final Duration SILENT = Duration.ofMinutes(2);

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Logger log = LoggerFactory.getLogger(JobBoard.class);

	private final SummarySheets sheets;

	private final SummaryWriter writer;

	private final AuditTrail audit;

	private final Documents documents;

	private final JobRows rows;

	private final Clock clock;

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS,
			Thread.ofPlatform().name("summary-export-", 1).daemon().factory());

	JobBoard(SummarySheets sheets, SummaryWriter writer, AuditTrail audit, Documents documents, JobRows rows,
			Clock clock) {
		this.sheets = sheets;
		this.writer = writer;
		this.audit = audit;
		this.documents = documents;
		this.rows = rows;
		this.clock = clock;
	}

	@Override
	public ExportJob start(Caller caller, String programCode, @Nullable String regionCode) {
		Instant now = this.clock.instant();
		this.rows.forgetEndedBefore(now.minus(KEEP));
		SummaryRequest request = this.sheets.check(caller, programCode, regionCode);
		if (this.rows.running(caller.accountId(), now.minus(SILENT)) >= RUNNING_PER_CALLER) {
			throw new Conflict("export.job.too-many");
		}
		UUID id = UUID.randomUUID();
		this.rows.insert(id, caller.accountId(), request, now);
		this.executor.execute(() -> run(id, caller, request));
		return get(caller, id);
	}

	@Override
	public ExportJob get(Caller caller, UUID id) {
		return find(caller, id).job(this.clock.instant().minus(SILENT));
	}

	@Override
	public void download(Caller caller, UUID id, OutputStream out) throws IOException {
		JobRows.Row row = find(caller, id);
		UUID fileId = row.fileId();
		if (row.job(this.clock.instant().minus(SILENT)).state() != State.DONE || fileId == null) {
			throw new NotFound(Summaries.NOT_FOUND);
		}
		try (InputStream in = this.documents.open(fileId)) {
			in.transferTo(out);
		}
		Summaries.record(this.audit, caller, row.request(), row.written());
	}

	private JobRows.Row find(Caller caller, UUID id) {
		return this.rows.find(id)
			.filter(row -> row.accountId() == caller.accountId())
			.orElseThrow(() -> new NotFound(Summaries.NOT_FOUND));
	}

	private void run(UUID id, Caller caller, SummaryRequest request) {
		Path file = null;
		try {
			file = Files.createTempFile("summary-", ".xlsx");
			Progress progress = new Progress(id);
			try (OutputStream out = Files.newOutputStream(file)) {
				this.writer.write(caller, request, out, progress::written);
			}
			StoredFile stored;
			try (InputStream in = Files.newInputStream(file)) {
				stored = this.documents.storeGenerated(in, request.filename(), XLSX, "xlsx");
			}
			this.rows.done(id, progress.written, stored.id(), this.clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Summary export {} of program {} for account {} failed", id, request.programCode(),
					caller.accountId(), ex);
			this.rows.failed(id, this.clock.instant());
		}
		finally {
			delete(file);
		}
	}

	private static void delete(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete export file {}", file, ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** Counts the rows written and puts the count in the job's row at most once per {@link #BEAT}. */
	private final class Progress {

		private final UUID id;

		long written;

		private Instant lastBeat;

		Progress(UUID id) {
			this.id = id;
			this.lastBeat = JobBoard.this.clock.instant();
		}

		void written(long rows) {
			this.written = rows;
			Instant now = JobBoard.this.clock.instant();
			if (!now.isBefore(this.lastBeat.plus(BEAT))) {
				JobBoard.this.rows.progress(this.id, rows, now);
				this.lastBeat = now;
			}
		}

	}

}
