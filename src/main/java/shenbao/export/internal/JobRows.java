package shenbao.export.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.export.ExportJob;
import shenbao.export.ExportJob.State;
import shenbao.export.SummaryRequest;

/** The {@code export_job} rows: one per background export, shared by every node. */
@Repository
class JobRows {

	private final JdbcClient jdbc;

	JobRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, long accountId, SummaryRequest request, Instant now) {
		this.jdbc.sql("""
				INSERT INTO export_job (id, account_id, program_code, program_name, region_code, region_name,
				    expected_rows, filename, state, written, started_at, heartbeat_at)
				VALUES (:id, :account, :program, :programName, :region, :regionName, :expected, :filename, 'RUNNING', 0,
				    :now, :now)""")
			.param("id", id)
			.param("account", accountId)
			.param("program", request.programCode())
			.param("programName", request.programName())
			.param("region", request.regionCode())
			.param("regionName", request.regionName())
			.param("expected", request.expectedRows())
			.param("filename", request.filename())
			.param("now", Timestamp.from(now))
			.update();
	}

	void progress(UUID id, long written, Instant now) {
		this.jdbc.sql("UPDATE export_job SET written = :written, heartbeat_at = :now WHERE id = :id AND state = 'RUNNING'")
			.param("written", written)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void done(UUID id, long written, UUID fileId, Instant now) {
		this.jdbc.sql("""
				UPDATE export_job SET state = 'DONE', written = :written, file_id = :file, heartbeat_at = :now,
				    ended_at = :now
				WHERE id = :id""")
			.param("written", written)
			.param("file", fileId)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void failed(UUID id, Instant now) {
		this.jdbc.sql("UPDATE export_job SET state = 'FAILED', heartbeat_at = :now, ended_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** The caller's jobs still running on a node that beat after {@code aliveSince}. */
	long running(long accountId, Instant aliveSince) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM export_job
				WHERE account_id = :account AND state = 'RUNNING' AND heartbeat_at >= :alive""")
			.param("account", accountId)
			.param("alive", Timestamp.from(aliveSince))
			.query(Long.class)
			.single();
	}

	/** Forgets the jobs that ended before {@code limit}, and those whose node went silent before it. */
	void forgetEndedBefore(Instant limit) {
		this.jdbc.sql("DELETE FROM export_job WHERE ended_at < :limit OR (state = 'RUNNING' AND heartbeat_at < :limit)")
			.param("limit", Timestamp.from(limit))
			.update();
	}

	Optional<Row> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM export_job WHERE id = :id").param("id", id).query(JobRows::row).optional();
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getLong("account_id"),
				new SummaryRequest(rs.getString("program_code"), rs.getString("program_name"),
						rs.getString("region_code"), rs.getString("region_name"), rs.getLong("expected_rows"),
						rs.getString("filename")),
				State.valueOf(rs.getString("state")), rs.getLong("written"), rs.getObject("file_id", UUID.class),
				rs.getTimestamp("heartbeat_at").toInstant());
	}

	record Row(UUID id, long accountId, SummaryRequest request, State state, long written, @Nullable UUID fileId,
			Instant heartbeatAt) {

		/** As the page shows it: a running job whose node went silent before {@code aliveSince} has failed. */
		ExportJob job(Instant aliveSince) {
			State shown = this.state == State.RUNNING && this.heartbeatAt.isBefore(aliveSince) ? State.FAILED
					: this.state;
			return new ExportJob(this.id, this.request, this.written, this.request.expectedRows(), shown);
		}

	}

}
