package shenbao.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the server side did during a phase, as evidence for where time goes: CPU of the whole machine and of this JVM
 * (which runs the clients too), the connection pool's busy connections and waiting threads (sampled every 100 ms),
 * and PostgreSQL's committed transactions and rows read.
 */
final class ServerGauges implements AutoCloseable {

	private final OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

	private final HikariPoolMXBean pool;

	private final int poolSize;

	private final JdbcClient jdbc;

	private final String database;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread sampler;

	private final long[] statsAtStart;

	private double machineCpu;

	private double processCpu;

	private double active;

	private double waiting;

	private int maxWaiting;

	private int samples;

	ServerGauges(DataSource dataSource, JdbcClient jdbc) {
		HikariDataSource hikari = (HikariDataSource) dataSource;
		this.pool = hikari.getHikariPoolMXBean();
		this.poolSize = hikari.getMaximumPoolSize();
		this.jdbc = jdbc;
		this.database = jdbc.sql("SELECT current_database()").query(String.class).single();
		this.statsAtStart = stats();
		this.os.getCpuLoad();
		this.os.getProcessCpuLoad();
		this.sampler = Thread.ofPlatform().daemon().name("bench-gauges").start(this::sample);
	}

	private void sample() {
		while (this.running.get()) {
			LockSupport.parkNanos(100_000_000L);
			double machine = this.os.getCpuLoad();
			double process = this.os.getProcessCpuLoad();
			int activeNow = this.pool.getActiveConnections();
			int waitingNow = this.pool.getThreadsAwaitingConnection();
			synchronized (this) {
				this.machineCpu += Math.max(0, machine);
				this.processCpu += Math.max(0, process);
				this.active += activeNow;
				this.waiting += waitingNow;
				this.maxWaiting = Math.max(this.maxWaiting, waitingNow);
				this.samples++;
			}
		}
	}

	private long[] stats() {
		return this.jdbc.sql("SELECT xact_commit, tup_returned + tup_fetched, tup_updated + tup_inserted "
				+ "FROM pg_stat_database WHERE datname = :name")
			.param("name", this.database)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
	}

	/** Stops sampling and describes the phase; {@code requests} turns database counters into per-request figures. */
	String summary(long requests) {
		close();
		long[] end = stats();
		double perRequest = requests == 0 ? 0 : 1.0 / requests;
		synchronized (this) {
			int n = Math.max(1, this.samples);
			return String.format(java.util.Locale.ROOT,
					"cpu machine %.0f%%, this JVM %.0f%% | pool %d: busy %.1f avg, waiting %.1f avg / %d max | "
							+ "per request: %.1f commits, %.0f rows read, %.1f rows written",
					100 * this.machineCpu / n, 100 * this.processCpu / n, this.poolSize, this.active / n,
					this.waiting / n, this.maxWaiting, (end[0] - this.statsAtStart[0]) * perRequest,
					(end[1] - this.statsAtStart[1]) * perRequest, (end[2] - this.statsAtStart[2]) * perRequest);
		}
	}

	@Override
	public void close() {
		if (this.running.getAndSet(false)) {
			LockSupport.unpark(this.sampler);
			try {
				this.sampler.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
