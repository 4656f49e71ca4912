package shenbao.expert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.expert.RoundSettings;

/** SQL for a program's round (settings, closure, its row lock), its panel and its proposed list. */
@Repository
class RoundStore {

	record Round(String programCode, RoundSettings settings, @Nullable Instant closedAt) {

		boolean closed() {
			return this.closedAt != null;
		}

	}

	record Proposal(long applicationId, long unitId, String unitName, String regionCode, int rank,
			java.math.BigDecimal score, Instant proposedAt) {
	}

	private final JdbcClient jdbc;

	RoundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Round> find(String programCode) {
		return this.jdbc.sql("SELECT * FROM expert_round WHERE program_code = :code")
			.param("code", programCode)
			.query(RoundStore::map)
			.optional();
	}

	/**
	 * The round's row, created with the default settings when missing, locked until the transaction ends: every change
	 * to a round's assignments, scores or closure takes this lock first, so they run one after the other.
	 */
	Round lock(String programCode) {
		this.jdbc.sql("""
				INSERT INTO expert_round (program_code, experts_per_application, max_per_expert)
				VALUES (:code, :per, :max) ON CONFLICT DO NOTHING
				""")
			.param("code", programCode)
			.param("per", RoundSettings.DEFAULT.expertsPerApplication())
			.param("max", RoundSettings.DEFAULT.maxPerExpert())
			.update();
		return this.jdbc.sql("SELECT * FROM expert_round WHERE program_code = :code FOR UPDATE")
			.param("code", programCode)
			.query(RoundStore::map)
			.single();
	}

	void settings(String programCode, RoundSettings settings) {
		this.jdbc.sql("""
				UPDATE expert_round SET experts_per_application = :per, max_per_expert = :max
				WHERE program_code = :code
				""")
			.param("code", programCode)
			.param("per", settings.expertsPerApplication())
			.param("max", settings.maxPerExpert())
			.update();
	}

	void close(String programCode, String by, Instant at) {
		this.jdbc.sql("UPDATE expert_round SET closed_at = :at, closed_by = :by WHERE program_code = :code")
			.param("code", programCode)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<Long> members(String programCode) {
		return this.jdbc.sql("SELECT expert_id FROM expert_panel_member WHERE program_code = :code ORDER BY added_at, expert_id")
			.param("code", programCode)
			.query(Long.class)
			.list();
	}

	boolean isMember(String programCode, long expertId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM expert_panel_member WHERE program_code = :code AND expert_id = :id")
			.param("code", programCode)
			.param("id", expertId)
			.query(Integer.class)
			.single() > 0;
	}

	void addMember(String programCode, long expertId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO expert_panel_member (program_code, expert_id, added_at) VALUES (:code, :id, :at)
				ON CONFLICT DO NOTHING
				""").param("code", programCode).param("id", expertId).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	void removeMember(String programCode, long expertId) {
		this.jdbc.sql("DELETE FROM expert_panel_member WHERE program_code = :code AND expert_id = :id")
			.param("code", programCode)
			.param("id", expertId)
			.update();
	}

	List<Proposal> proposals(String programCode) {
		return this.jdbc.sql("""
				SELECT * FROM expert_proposal WHERE program_code = :code ORDER BY rank_position, application_id
				""")
			.param("code", programCode)
			.query((rs, row) -> new Proposal(rs.getLong("application_id"), rs.getLong("unit_id"),
					rs.getString("unit_name"), rs.getString("region_code"), rs.getInt("rank_position"),
					rs.getBigDecimal("score"), rs.getObject("proposed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void replaceProposals(String programCode, List<Proposal> proposals, String by) {
		this.jdbc.sql("DELETE FROM expert_proposal WHERE program_code = :code").param("code", programCode).update();
		for (Proposal proposal : proposals) {
			this.jdbc.sql("""
					INSERT INTO expert_proposal (program_code, application_id, unit_id, unit_name, region_code,
					    rank_position, score, proposed_at, proposed_by)
					VALUES (:code, :id, :unit, :name, :region, :rank, :score, :at, :by)
					""")
				.param("code", programCode)
				.param("id", proposal.applicationId())
				.param("unit", proposal.unitId())
				.param("name", proposal.unitName())
				.param("region", proposal.regionCode())
				.param("rank", proposal.rank())
				.param("score", proposal.score())
				.param("at", proposal.proposedAt().atOffset(ZoneOffset.UTC))
				.param("by", by)
				.update();
		}
	}

	private static Round map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
		return new Round(rs.getString("program_code"),
				new RoundSettings(rs.getInt("experts_per_application"), rs.getInt("max_per_expert")),
				closedAt == null ? null : closedAt.toInstant());
	}

}
