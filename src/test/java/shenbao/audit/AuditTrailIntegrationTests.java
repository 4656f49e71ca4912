package shenbao.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.identity.Caller;
import shenbao.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit record, the 办理记录 and score revisions are append-only in PostgreSQL itself, not only by convention. */
@SpringBootTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsAreKeptAndCanNeverBeChangedOrDeleted() {
		Caller province = new Caller(7, "province", "省工信厅创新处", Role.PROVINCE_REVIEWER, "620000", null);
		this.audit.record(province, "DOWNLOAD", "audit-test:1", "申报书.pdf");
		assertThat(this.audit.about("audit-test:1")).singleElement()
			.satisfies(entry -> assertThat(entry.actorName()).isEqualTo("省工信厅创新处"))
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("DOWNLOAD"));
		for (String statement : new String[] { "UPDATE audit_record SET detail = 'x'", "DELETE FROM audit_record",
				"TRUNCATE audit_record", "UPDATE application_history SET opinion = 'x'",
				"DELETE FROM application_history", "DELETE FROM review_score_revision" }) {
			assertThatThrownBy(() -> this.jdbc.sql(statement).update()).as(statement)
				.hasMessageContaining("append-only");
		}
		assertThat(this.audit.about("audit-test:1")).hasSize(1);
	}

}
