package shenbao.application.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Saves queue for as many turns as there are connections; a save already in a transaction does not queue. */
class SaveGateTests {

	@Test
	void noMoreSavesRunAtOnceThanThereAreTurns() throws Exception {
		SaveGate gate = new SaveGate(0, 4, 10_000);
		CountDownLatch hold = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
			Future<?> first = threads.submit(() -> gate.inTurn(() -> waitInside(inside, hold)));
			Future<?> second = threads.submit(() -> gate.inTurn(() -> waitInside(inside, hold)));
			Future<?> third = threads.submit(() -> gate.inTurn(() -> waitInside(inside, hold)));
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (inside.get() < 2 && System.nanoTime() < until) {
				Thread.sleep(5);
			}
			Thread.sleep(100);
			assertThat(inside.get()).as("saves running while two turns are taken").isEqualTo(2);
			hold.countDown();
			first.get(5, TimeUnit.SECONDS);
			second.get(5, TimeUnit.SECONDS);
			third.get(5, TimeUnit.SECONDS);
			assertThat(inside.get()).isEqualTo(3);
		}
	}

	@Test
	void halfTheConnectionsByDefaultAndAtLeastOne() throws Exception {
		assertThat(turns(new SaveGate(0, 16, 50))).isEqualTo(8);
		assertThat(turns(new SaveGate(0, 1, 50))).isEqualTo(1);
		assertThat(turns(new SaveGate(5, 16, 50))).isEqualTo(5);
	}

	/** How many saves can take a turn at once, found by taking turns until none is left. */
	private static int turns(SaveGate gate) throws Exception {
		AtomicInteger taken = new AtomicInteger();
		CountDownLatch hold = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newCachedThreadPool()) {
			for (int index = 0; index < 20; index++) {
				threads.submit(() -> {
					try {
						gate.inTurn(() -> waitInside(taken, hold));
					}
					catch (TransientDataAccessResourceException ex) {
						// no turn within the patience: expected for the ones beyond the gate's turns
					}
				});
			}
			Thread.sleep(300);
			int inside = taken.get();
			hold.countDown();
			return inside;
		}
	}

	@Test
	void aSaveThatGetsNoTurnInTimeFailsWithoutRunning() throws Exception {
		SaveGate gate = new SaveGate(1, 16, 50);
		CountDownLatch hold = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		try (ExecutorService threads = Executors.newSingleThreadExecutor()) {
			Future<?> holder = holdTheOnlyTurn(gate, threads, inside, hold);
			assertThatExceptionOfType(TransientDataAccessResourceException.class)
				.isThrownBy(() -> gate.inTurn(() -> inside.incrementAndGet()));
			assertThat(inside.get()).isEqualTo(1);
			hold.countDown();
			holder.get(5, TimeUnit.SECONDS);
		}
		// the turn was given back: the next save runs
		assertThat(gate.inTurn(() -> "saved")).isEqualTo("saved");
	}

	@Test
	void aSaveInsideARunningTransactionDoesNotQueue() throws Exception {
		SaveGate gate = new SaveGate(1, 16, 50);
		CountDownLatch hold = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		try (ExecutorService threads = Executors.newSingleThreadExecutor()) {
			Future<?> holder = holdTheOnlyTurn(gate, threads, inside, hold);
			TransactionSynchronizationManager.setActualTransactionActive(true);
			try {
				assertThat(gate.inTurn(() -> "saved")).isEqualTo("saved");
			}
			finally {
				TransactionSynchronizationManager.setActualTransactionActive(false);
			}
			hold.countDown();
			holder.get(5, TimeUnit.SECONDS);
		}
	}

	/** Takes the gate's only turn on another thread and keeps it until {@code hold} opens. */
	private static Future<?> holdTheOnlyTurn(SaveGate gate, ExecutorService threads, AtomicInteger inside,
			CountDownLatch hold) throws InterruptedException {
		Future<?> holder = threads.submit(() -> gate.inTurn(() -> waitInside(inside, hold)));
		while (inside.get() == 0) {
			Thread.sleep(5);
		}
		return holder;
	}

	private static Object waitInside(AtomicInteger inside, CountDownLatch hold) {
		inside.incrementAndGet();
		try {
			hold.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "saved";
	}

}
