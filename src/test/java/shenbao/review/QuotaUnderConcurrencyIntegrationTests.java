package shenbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.ShenbaoApplication;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the quota is a database guarantee. Two Spring contexts (two "app nodes", each with its own connection
 * pool) on one PostgreSQL database receive 50 concurrent recommendations for 12 applications of one city whose
 * quota is 5: exactly 5 succeed, every time; every other attempt is refused with a conflict, none fails otherwise.
 */
class QuotaUnderConcurrencyIntegrationTests {

	private static final String PROGRAM = "etc-2026";

	private static final String CITY = "620600";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	private static final List<Long> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

	@AfterAll
	static void stopNodes() {
		// leave the city's places free for the other tests on this database
		if (!CREATED.isEmpty()) {
			JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
			jdbc.sql("DELETE FROM quota_place WHERE application_id IN (:ids)").param("ids", CREATED).update();
			jdbc.sql("UPDATE application SET status = 'NOT_RECOMMENDED' WHERE id IN (:ids)").param("ids", CREATED)
				.update();
		}
		nodeA.close();
		nodeB.close();
	}

	@RepeatedTest(5)
	void fiftyConcurrentRecommendationsFromTwoNodesFillTheQuotaExactly() throws Exception {
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		// a clean slate for the city: earlier rounds' (and other tests') places and applications out of the way
		jdbc.sql("DELETE FROM quota_place WHERE program_code = :p AND city_code = :c").param("p", PROGRAM)
			.param("c", CITY).update();
		jdbc.sql("UPDATE application SET status = 'NOT_RECOMMENDED' WHERE program_code = :p AND city_code = :c")
			.param("p", PROGRAM).param("c", CITY).update();
		List<Long> ids = new ArrayList<>();
		for (int index = 0; index < 12; index++) {
			long id = ReviewFixtures.application(jdbc, PROGRAM, "620602", CITY, "CITY_REVIEW");
			ReviewFixtures.lockedScores(jdbc, id, "CITY");
			ids.add(id);
		}
		CREATED.addAll(ids);
		Caller reviewer = ReviewFixtures.reviewer(jdbc, "city-620600");
		Reviews onA = nodeA.getBean(Reviews.class);
		Reviews onB = nodeB.getBean(Reviews.class);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int attempt = 0; attempt < 50; attempt++) {
			Reviews node = attempt % 2 == 0 ? onA : onB;
			long id = ids.get(attempt % ids.size());
			attempts.add(() -> {
				start.await();
				try {
					node.decide(reviewer, id, new Decision(ReviewAction.RECOMMEND, "同意推荐", null));
					return true;
				}
				catch (Conflict refused) {
					return false;
				}
			});
		}
		int succeeded = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
			List<Future<Boolean>> results = new ArrayList<>();
			for (Callable<Boolean> attempt : attempts) {
				results.add(pool.submit(attempt));
			}
			start.countDown();
			for (Future<Boolean> result : results) {
				if (result.get()) {
					succeeded++;
				}
			}
		}
		assertThat(succeeded).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE id IN (:ids) AND status = 'PROVINCE_REVIEW'")
			.param("ids", ids).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM quota_place WHERE program_code = :p AND city_code = :c")
			.param("p", PROGRAM).param("c", CITY).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM application_history WHERE application_id IN (:ids) AND action = 'RECOMMEND'
				""").param("ids", ids).query(Long.class).single()).isEqualTo(5);
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ShenbaoApplication.class)
			.properties("server.port=0", "spring.datasource.hikari.maximum-pool-size=10")
			.run();
	}

}
