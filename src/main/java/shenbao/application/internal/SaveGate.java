package shenbao.application.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Saves take their turn in the order they arrive: at most half as many run their transaction at once as this node has
 * database connections ({@code shenbao.application.save-turns} sets another number), and the rest wait here, first
 * come first served. The other half of the pool stays free for what every request does besides saving (the bearer
 * check, the session, the reads): with all of it given to saves, those waited behind them (benchmark: the form page's
 * autosave p99 0.74–0.97 s with 16 turns on 16 connections, 0.54 s with 8; the API save 0.28–0.36 s either way).
 * <p>
 * Without it they wait for the pool itself, which does not keep arrival order (a connection given back can go to a
 * request that came later). Near the close, with every applicant saving, that made a few saves wait three times as
 * long as the median (autosave benchmark: p99 420 ms against p50 142 ms with 200 applicants saving back to back; with
 * the gate p99 253–362 ms over six runs, same throughput; docs/benchmarks.md).
 * <p>
 * This is a queue for fairness on one node, not a lock: nothing depends on it for correctness (the version check in
 * the database does), and each node of a cluster queues its own saves for its own pool. A save that waits longer than
 * the pool would let it wait for a connection fails as a connection timeout would, and changes nothing. A save made
 * inside a transaction that is already running (its caller holds a connection) does not queue: waiting here while
 * holding a connection could starve the very saves it waits for.
 */
@Component
class SaveGate {

	private final Semaphore turns;

	private final Duration patience;

	SaveGate(@Value("${shenbao.application.save-turns:0}") int turns,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections,
			@Value("${spring.datasource.hikari.connection-timeout:30000}") long patienceMillis) {
		this.turns = new Semaphore(turns > 0 ? turns : Math.max(1, connections / 2), true);
		this.patience = Duration.ofMillis(patienceMillis);
	}

	<T> T inTurn(Supplier<T> save) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return save.get();
		}
		try {
			if (!this.turns.tryAcquire(this.patience.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new TransientDataAccessResourceException(
						"No turn to save within " + this.patience.toSeconds() + " s: the node is overloaded");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientDataAccessResourceException("Interrupted while waiting for a turn to save", ex);
		}
		try {
			return save.get();
		}
		finally {
			this.turns.release();
		}
	}

}
