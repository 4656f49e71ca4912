package shenbao.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.security.crypto.password.PasswordEncoder;

import shenbao.ShenbaoApplication;
import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "每个单位限申请一项揭榜任务" is a database guarantee: two Spring contexts (two app nodes, each with its own pool) on one
 * PostgreSQL database. Ten drafts name the same participant at the same moment: exactly one holds it, every other
 * save is refused naming that application. Then, while the held unit starts its own application on one node, the
 * other units try to name it again: nobody else gets it, and its own start is refused as it is already held.
 */
class OneApplicationPerUnitUnderConcurrencyIntegrationTests {

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		nodeA.close();
		nodeB.close();
	}

	@RepeatedTest(3)
	void tenDraftsNamingOneParticipantAtOnceLeaveItInExactlyOne() throws Exception {
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		PasswordEncoder encoder = nodeA.getBean(PasswordEncoder.class);
		var participant = ChallengeFixtures.unit(jdbc, encoder, "jbgs-race-p");
		List<Caller> leads = new ArrayList<>();
		List<Long> drafts = new ArrayList<>();
		for (int index = 0; index < 10; index++) {
			Caller lead = ChallengeFixtures.caller(jdbc, ChallengeFixtures.unit(jdbc, encoder, "jbgs-race-l").username());
			leads.add(lead);
			drafts.add((index % 2 == 0 ? nodeA : nodeB).getBean(Applications.class).start(lead, ChallengeFixtures.PROGRAM)
				.id());
		}
		Map<String, Object> named = Map.of("participants",
				List.of(Map.of("name", "争抢单位", "credit_code", participant.creditCode())));
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> attempts = new ArrayList<>();
		for (int index = 0; index < 10; index++) {
			Applications node = (index % 2 == 0 ? nodeA : nodeB).getBean(Applications.class);
			Caller lead = leads.get(index);
			long id = drafts.get(index);
			attempts.add(() -> {
				ApplicationView view = node.get(lead, id);
				start.await();
				try {
					node.save(lead, id, named, Map.of(), view.version(), false);
					return "HELD";
				}
				catch (InvalidInput refused) {
					return refused.fieldProblems().getFirst().arguments()[1].toString();
				}
			});
		}
		List<String> outcomes = run(attempts, start);
		assertThat(outcomes).filteredOn("HELD"::equals).hasSize(1);
		long holder = drafts.get(outcomes.indexOf("HELD"));
		String holderNumber = ApplicationView.number(ChallengeFixtures.PROGRAM, holder);
		// a refusal names the holder, or (lost in the very same instant) "another application"
		assertThat(outcomes).filteredOn(outcome -> !"HELD".equals(outcome))
			.allMatch(outcome -> outcome.equals(holderNumber) || outcome.equals("另一项申报"));
		assertThat(jdbc.sql("SELECT application_id FROM challenge_member WHERE member_year = 2025 AND credit_code = :c")
			.param("c", participant.creditCode())
			.query(Long.class)
			.list()).containsExactly(holder);

		// now everyone (and the participant itself, as a lead) races for it again: it stays where it is
		Caller self = ChallengeFixtures.caller(jdbc, participant.username());
		CountDownLatch again = new CountDownLatch(1);
		List<Callable<String>> second = new ArrayList<>();
		second.add(() -> {
			again.await();
			try {
				nodeB.getBean(Applications.class).start(self, ChallengeFixtures.PROGRAM);
				return "STARTED";
			}
			catch (Conflict refused) {
				return "REFUSED";
			}
		});
		for (int index = 0; index < 10; index++) {
			if (drafts.get(index) == holder) {
				continue;
			}
			Applications node = (index % 2 == 0 ? nodeA : nodeB).getBean(Applications.class);
			Caller lead = leads.get(index);
			long id = drafts.get(index);
			second.add(() -> {
				ApplicationView view = node.get(lead, id);
				again.await();
				try {
					node.save(lead, id, named, Map.of(), view.version(), false);
					return "HELD";
				}
				catch (InvalidInput refused) {
					return "REFUSED";
				}
			});
		}
		assertThat(run(second, again)).containsOnly("REFUSED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE unit_id = :u")
			.param("u", self.unitId()).query(Long.class).single()).isZero();
	}

	/**
	 * A participant declines while its lead submits: either the submission comes first (and the decline is refused)
	 * or the decline does (and the submission is refused naming it), never both.
	 */
	@RepeatedTest(4)
	void aDeclineAndASubmissionAtTheSameMomentNeverBothSucceed() throws Exception {
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		PasswordEncoder encoder = nodeA.getBean(PasswordEncoder.class);
		var leadUnit = ChallengeFixtures.unit(jdbc, encoder, "jbgs-race-s");
		var partnerUnit = ChallengeFixtures.unit(jdbc, encoder, "jbgs-race-d");
		Caller lead = ChallengeFixtures.caller(jdbc, leadUnit.username());
		Caller partner = ChallengeFixtures.caller(jdbc, partnerUnit.username());
		Applications applications = nodeA.getBean(Applications.class);
		long id = applications.start(lead, ChallengeFixtures.PROGRAM).id();
		Map<String, Object> values = new java.util.HashMap<>(Map.ofEntries(Map.entry("task_code", ChallengeFixtures.TASK),
				Map.entry("task_name", "任务"), Map.entry("task_field", "新材料"), Map.entry("task_kind", "核心基础"),
				Map.entry("task_content", "内容"), Map.entry("task_time_limit", "2027年"),
				Map.entry("lead_unit_name", "牵头"), Map.entry("lead_credit_code", leadUnit.creditCode()),
				Map.entry("lead_unit_type", "企业"), Map.entry("lead_contact", "张三"),
				Map.entry("lead_contact_phone", "13900000000"), Map.entry("innovation_capacity", "强"),
				Map.entry("rd_foundation", "有"), Map.entry("total_investment", 5000), Map.entry("requested_support", 100),
				Map.entry("funding_sources", "自筹"), Map.entry("target_indicators", "指标"),
				Map.entry("implementation_plan", "计划"), Map.entry("planned_completion", "2027-12-31"),
				Map.entry("strong_innovation_capacity", true), Map.entry("has_rd_foundation", true),
				Map.entry("one_task_per_unit", true), Map.entry("meets_fund_rules", true),
				Map.entry("notice_acknowledged", true), Map.entry("completion_pledge", true),
				Map.entry("truthfulness_pledge", true)));
		values.put("participants", List.of(Map.of("name", "伙伴", "credit_code", partnerUnit.creditCode(), "unit_type",
				"科研院所", "role", "分工")));
		applications.save(lead, id, values, Map.of(), applications.get(lead, id).version(), false);
		for (String slot : List.of("rd_foundation_proof", "consortium_agreement", "funding_proof", "application_book")) {
			applications.attach(lead, id, slot, new java.io.ByteArrayInputStream(shenbao.application.ApplicantApi.pdf(1000)),
					slot + ".pdf");
		}
		nodeB.getBean(Consortia.class).confirm(partner, id);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> attempts = List.of(() -> {
			start.await();
			try {
				nodeA.getBean(Applications.class).submit(lead, id);
				return "SUBMITTED";
			}
			catch (shenbao.platform.RuleViolation refused) {
				return "SUBMIT_REFUSED";
			}
		}, () -> {
			start.await();
			try {
				nodeB.getBean(Consortia.class).decline(partner, id);
				return "DECLINED";
			}
			catch (Conflict refused) {
				return "DECLINE_REFUSED";
			}
		});
		List<String> outcomes = run(attempts, start);
		assertThat(outcomes).isIn(List.of("SUBMITTED", "DECLINE_REFUSED"), List.of("SUBMIT_REFUSED", "DECLINED"));
		String status = jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class)
			.single();
		long held = jdbc.sql("SELECT COUNT(*) FROM challenge_member WHERE application_id = :id AND credit_code = :c")
			.param("id", id).param("c", partnerUnit.creditCode()).query(Long.class).single();
		assertThat(status.equals("DRAFT") ? held : 1 - held).isZero();
	}

	private static List<String> run(List<Callable<String>> attempts, CountDownLatch start) throws Exception {
		List<String> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(attempts.size())) {
			List<Future<String>> results = new ArrayList<>();
			for (Callable<String> attempt : attempts) {
				results.add(pool.submit(attempt));
			}
			Thread.sleep(200);
			start.countDown();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
		}
		return outcomes;
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ShenbaoApplication.class)
			.properties("server.port=0", "spring.datasource.hikari.maximum-pool-size=10")
			.run();
	}

}
