package shenbao.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.credit.CreditListing;

/** SQL for {@code credit_listing}; a removed listing keeps its row. */
@Repository
class CreditStore {

	private final JdbcClient jdbc;

	CreditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CreditListing> find(String code) {
		return this.jdbc.sql("SELECT * FROM credit_listing WHERE credit_code = :code AND removed_at IS NULL")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	List<CreditListing> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM credit_listing WHERE credit_code IN (:codes) AND removed_at IS NULL")
			.param("codes", codes)
			.query(this::map)
			.list();
	}

	List<CreditListing> current() {
		return this.jdbc
			.sql("SELECT * FROM credit_listing WHERE removed_at IS NULL ORDER BY imported_at DESC, credit_code")
			.query(this::map)
			.list();
	}

	/** @return true when the code was new (or had been removed), false when an existing listing was updated */
	boolean put(CreditListing listing) {
		boolean existed = this.jdbc.sql("SELECT COUNT(*) FROM credit_listing WHERE credit_code = :code")
			.param("code", listing.creditCode())
			.query(Long.class)
			.single() > 0;
		boolean current = find(listing.creditCode()).isPresent();
		String sql = existed ? """
				UPDATE credit_listing SET unit_name = :name, reason = :reason, listed_on = :listed, source = :source,
				    imported_at = :at, imported_by = :by, removed_at = NULL, removed_by = NULL, removal_note = NULL
				WHERE credit_code = :code
				""" : """
				INSERT INTO credit_listing (credit_code, unit_name, reason, listed_on, source, imported_at, imported_by)
				VALUES (:code, :name, :reason, :listed, :source, :at, :by)
				""";
		this.jdbc.sql(sql)
			.param("code", listing.creditCode())
			.param("name", listing.unitName())
			.param("reason", listing.reason())
			.param("listed", listing.listedOn())
			.param("source", listing.source())
			.param("at", listing.importedAt().atOffset(ZoneOffset.UTC))
			.param("by", listing.importedBy())
			.update();
		return !current;
	}

	boolean remove(String code, String by, String note, Instant at) {
		return this.jdbc.sql("""
				UPDATE credit_listing SET removed_at = :at, removed_by = :by, removal_note = :note
				WHERE credit_code = :code AND removed_at IS NULL
				""")
			.param("code", code)
			.param("by", by)
			.param("note", note)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private CreditListing map(ResultSet rs, int row) throws SQLException {
		return new CreditListing(rs.getString("credit_code"), rs.getString("unit_name"), rs.getString("reason"),
				rs.getObject("listed_on", LocalDate.class), rs.getString("source"),
				rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
	}

}
