package shenbao.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import shenbao.audit.AuditTrail;
import shenbao.export.ExportJob;
import shenbao.export.ExportJob.State;
import shenbao.export.ExportJobs;
import shenbao.export.SummaryRequest;
import shenbao.export.SummarySheets;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;

/**
 * {@link ExportJobs} in memory: each job writes its workbook to a temporary file on one of {@link #THREADS} threads
 * (exports are CPU work; two at a time leave the machine to the others) and counts the rows it has written, which
 * the page polls. A finished job and its file are kept for {@link #KEEP}, then dropped at the next call. Jobs live on
 * the node that runs them: behind a load balancer the export page needs sticky sessions (the session already is).
 */
@Service
class JobBoard implements ExportJobs, DisposableBean {

	static final int THREADS = 2;

	static final int RUNNING_PER_CALLER = 2;

	static final Duration KEEP = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(JobBoard.class);

	private final SummarySheets sheets;

	private final SummaryWriter writer;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS,
			Thread.ofPlatform().name("summary-export-", 1).daemon().factory());

	JobBoard(SummarySheets sheets, SummaryWriter writer, AuditTrail audit, Clock clock) {
		this.sheets = sheets;
		this.writer = writer;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public ExportJob start(Caller caller, String programCode, @Nullable String regionCode) {
		forgetExpired();
		SummaryRequest request = this.sheets.check(caller, programCode, regionCode);
		long running = this.jobs.values()
			.stream()
			.filter(job -> job.caller.accountId() == caller.accountId() && job.state == State.RUNNING)
			.count();
		if (running >= RUNNING_PER_CALLER) {
			throw new Conflict("export.job.too-many");
		}
		Job job = new Job(UUID.randomUUID(), caller, request);
		this.jobs.put(job.id, job);
		this.executor.execute(() -> run(job));
		return job.snapshot();
	}

	@Override
	public ExportJob get(Caller caller, UUID id) {
		return find(caller, id).snapshot();
	}

	@Override
	public void download(Caller caller, UUID id, OutputStream out) throws IOException {
		Job job = find(caller, id);
		Path file = job.file;
		if (job.state != State.DONE || file == null) {
			throw new NotFound(Summaries.NOT_FOUND);
		}
		Files.copy(file, out);
		Summaries.record(this.audit, caller, job.request, job.written.get());
	}

	private Job find(Caller caller, UUID id) {
		forgetExpired();
		Job job = this.jobs.get(id);
		if (job == null || job.caller.accountId() != caller.accountId()) {
			throw new NotFound(Summaries.NOT_FOUND);
		}
		return job;
	}

	private void run(Job job) {
		Path file = null;
		try {
			file = Files.createTempFile("summary-", ".xlsx");
			try (OutputStream out = Files.newOutputStream(file)) {
				this.writer.write(job.caller, job.request, out, job.written::set);
			}
			job.file = file;
			job.state = State.DONE;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Summary export {} of program {} for account {} failed", job.id, job.request.programCode(),
					job.caller.accountId(), ex);
			delete(file);
			job.state = State.FAILED;
		}
		finally {
			job.endedAt = this.clock.instant();
		}
	}

	private void forgetExpired() {
		Instant limit = this.clock.instant().minus(KEEP);
		this.jobs.values().removeIf(job -> {
			Instant ended = job.endedAt;
			if (ended != null && ended.isBefore(limit)) {
				delete(job.file);
				return true;
			}
			return false;
		});
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
		this.jobs.values().forEach(job -> delete(job.file));
		this.jobs.clear();
	}

	/** One export: whose, what, how far. Written by its thread, read by the pollers. */
	private static final class Job {

		final UUID id;

		final Caller caller;

		final SummaryRequest request;

		final AtomicLong written = new AtomicLong();

		volatile State state = State.RUNNING;

		volatile @Nullable Path file;

		volatile @Nullable Instant endedAt;

		Job(UUID id, Caller caller, SummaryRequest request) {
			this.id = id;
			this.caller = caller;
			this.request = request;
		}

		ExportJob snapshot() {
			return new ExportJob(this.id, this.request, this.written.get(), this.request.expectedRows(), this.state);
		}

	}

}
