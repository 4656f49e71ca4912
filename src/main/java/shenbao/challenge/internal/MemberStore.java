package shenbao.challenge.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code challenge_member}: who holds a credit code in a year. The primary key (year, credit code) is what keeps a
 * unit in one application per year when two applications claim it at the same moment.
 */
@Repository
class MemberStore {

	private final JdbcClient jdbc;

	MemberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Member(int year, String creditCode, long applicationId, String programCode, String role, String unitName,
			String status, @Nullable Instant decidedAt, @Nullable String decidedBy, boolean submitted,
			@Nullable String taskCode, @Nullable String taskName, @Nullable String confirmedTask) {

		boolean confirmed() {
			return "CONFIRMED".equals(this.status) || "LEAD".equals(this.status);
		}

	}

	Optional<Member> holder(int year, String creditCode) {
		return this.jdbc.sql("SELECT * FROM challenge_member WHERE member_year = :year AND credit_code = :code")
			.param("year", year)
			.param("code", creditCode)
			.query(MemberStore::member)
			.optional();
	}

	/** Inserts the claim; a concurrent claim of the same code surfaces as DuplicateKeyException. */
	void claim(int year, String creditCode, long applicationId, String programCode, String role, String unitName,
			String status, Instant now) {
		this.jdbc.sql("""
				INSERT INTO challenge_member (member_year, credit_code, application_id, program_code, role, unit_name,
				    status, claimed_at)
				VALUES (:year, :code, :application, :program, :role, :name, :status, :now)
				""")
			.param("year", year)
			.param("code", creditCode)
			.param("application", applicationId)
			.param("program", programCode)
			.param("role", role)
			.param("name", unitName)
			.param("status", status)
			.param("now", Db.time(now))
			.update();
	}

	void rename(int year, String creditCode, String unitName) {
		this.jdbc.sql("UPDATE challenge_member SET unit_name = :name WHERE member_year = :year AND credit_code = :code")
			.param("name", unitName)
			.param("year", year)
			.param("code", creditCode)
			.update();
	}

	List<Member> ofApplication(long applicationId) {
		return this.jdbc.sql("SELECT * FROM challenge_member WHERE application_id = :id ORDER BY role, credit_code")
			.param("id", applicationId)
			.query(MemberStore::member)
			.list();
	}

	List<Member> participations(String creditCode) {
		return this.jdbc.sql("""
				SELECT * FROM challenge_member WHERE credit_code = :code AND role = 'PARTICIPANT'
				ORDER BY member_year DESC, application_id DESC
				""").param("code", creditCode).query(MemberStore::member).list();
	}

	/** Locks the participant's row: a confirmation and a submission of the same application run one after the other. */
	Optional<Member> participantLocked(long applicationId, String creditCode) {
		return this.jdbc.sql("""
				SELECT * FROM challenge_member
				WHERE application_id = :id AND credit_code = :code AND role = 'PARTICIPANT' FOR UPDATE
				""").param("id", applicationId).param("code", creditCode).query(MemberStore::member).optional();
	}

	/** A confirmation counts for the task the application had when it was given ({@code confirmed_task}). */
	void decide(long applicationId, String creditCode, String status, String by, Instant now) {
		this.jdbc.sql("""
				UPDATE challenge_member SET status = :status, decided_at = :now, decided_by = :by,
				    confirmed_task = CASE WHEN :status = 'CONFIRMED' THEN task_code ELSE NULL END
				WHERE application_id = :id AND credit_code = :code
				""")
			.param("status", status)
			.param("now", Db.time(now))
			.param("by", by)
			.param("id", applicationId)
			.param("code", creditCode)
			.update();
	}

	int release(long applicationId, String creditCode) {
		return this.jdbc.sql("DELETE FROM challenge_member WHERE application_id = :id AND credit_code = :code")
			.param("id", applicationId)
			.param("code", creditCode)
			.update();
	}

	void decline(long applicationId, String creditCode, String by, Instant now) {
		this.jdbc.sql("""
				INSERT INTO challenge_decline (application_id, credit_code, declined_at, declined_by)
				VALUES (:id, :code, :now, :by)
				""").param("id", applicationId).param("code", creditCode).param("now", Db.time(now)).param("by", by)
			.update();
	}

	List<String> declined(long applicationId) {
		return this.jdbc.sql("SELECT credit_code FROM challenge_decline WHERE application_id = :id")
			.param("id", applicationId)
			.query(String.class)
			.list();
	}

	List<Long> declinedApplications(String creditCode) {
		return this.jdbc.sql("SELECT application_id FROM challenge_decline WHERE credit_code = :code ORDER BY application_id DESC")
			.param("code", creditCode)
			.query(Long.class)
			.list();
	}

	void forgetDecline(long applicationId, String creditCode) {
		this.jdbc.sql("DELETE FROM challenge_decline WHERE application_id = :id AND credit_code = :code")
			.param("id", applicationId)
			.param("code", creditCode)
			.update();
	}

	/**
	 * Locks the application's rows until the transaction ends, so that a participant's decline and the submission
	 * run one after the other: a decline either comes first (and the submission sees it) or finds the rows submitted.
	 */
	void lockApplication(long applicationId) {
		this.jdbc.sql("SELECT credit_code FROM challenge_member WHERE application_id = :id FOR UPDATE")
			.param("id", applicationId)
			.query(String.class)
			.list();
	}

	/** Records the application's task on all its members' rows. */
	void task(long applicationId, @Nullable String taskCode, @Nullable String taskName) {
		this.jdbc.sql("UPDATE challenge_member SET task_code = :code, task_name = :name WHERE application_id = :id")
			.param("code", taskCode)
			.param("name", taskName)
			.param("id", applicationId)
			.update();
	}

	/**
	 * Puts every participant that confirmed another task than the application's current one back to PENDING.
	 * @return the participants asked again
	 */
	List<Member> reopenConfirmationsOfOtherTasks(long applicationId) {
		List<Member> stale = this.jdbc.sql("""
				SELECT * FROM challenge_member
				WHERE application_id = :id AND role = 'PARTICIPANT' AND status = 'CONFIRMED'
				  AND (confirmed_task IS NULL OR task_code IS NULL OR confirmed_task <> task_code)
				""").param("id", applicationId).query(MemberStore::member).list();
		for (Member member : stale) {
			this.jdbc.sql("""
					UPDATE challenge_member SET status = 'PENDING', decided_at = NULL, decided_by = NULL,
					    confirmed_task = NULL
					WHERE application_id = :id AND credit_code = :code
					""").param("id", applicationId).param("code", member.creditCode()).update();
		}
		return stale;
	}

	void markSubmitted(long applicationId, boolean submitted) {
		this.jdbc.sql("UPDATE challenge_member SET submitted = :submitted WHERE application_id = :id AND submitted <> :submitted")
			.param("submitted", submitted)
			.param("id", applicationId)
			.update();
	}

	Optional<Member> lead(long applicationId) {
		return this.jdbc.sql("SELECT * FROM challenge_member WHERE application_id = :id AND role = 'LEAD'")
			.param("id", applicationId)
			.query(MemberStore::member)
			.optional();
	}

	private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Member(rs.getInt("member_year"), rs.getString("credit_code"), rs.getLong("application_id"),
				rs.getString("program_code"), rs.getString("role"), rs.getString("unit_name"), rs.getString("status"),
				Db.instant(rs, "decided_at"), rs.getString("decided_by"), rs.getBoolean("submitted"),
				rs.getString("task_code"), rs.getString("task_name"), rs.getString("confirmed_task"));
	}

}
