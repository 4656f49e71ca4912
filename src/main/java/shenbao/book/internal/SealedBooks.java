package shenbao.book.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.book.SealedBook;

/** The {@code sealed_book} table: one row per sealed round of an application, found by round or by SHA-256. */
@Repository
class SealedBooks {

	private static final String COLUMNS = """
			SELECT application_id, round, file_id, sha256, signed_at, program_code, unit_name FROM sealed_book
			""";

	private final JdbcClient jdbc;

	SealedBooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a sealed round; false when that round was recorded already (by another node or thread). */
	boolean add(SealedBook book, long unitId) {
		try {
			this.jdbc.sql("""
					INSERT INTO sealed_book (application_id, round, file_id, sha256, signed_at, program_code, unit_id,
					                         unit_name)
					VALUES (:application, :round, :file, :sha256, :signedAt, :program, :unit, :unitName)
					""")
				.param("application", book.applicationId())
				.param("round", book.round())
				.param("file", book.fileId())
				.param("sha256", book.sha256())
				.param("signedAt", book.signedAt().atOffset(ZoneOffset.UTC))
				.param("program", book.programCode())
				.param("unit", unitId)
				.param("unitName", book.unitName())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<SealedBook> find(long applicationId, int round) {
		return this.jdbc.sql(COLUMNS + " WHERE application_id = :application AND round = :round")
			.param("application", applicationId)
			.param("round", round)
			.query(SealedBooks::book)
			.optional();
	}

	Optional<SealedBook> latest(long applicationId) {
		return this.jdbc.sql(COLUMNS + " WHERE application_id = :application ORDER BY round DESC LIMIT 1")
			.param("application", applicationId)
			.query(SealedBooks::book)
			.optional();
	}

	Optional<SealedBook> bySha256(String sha256) {
		return this.jdbc.sql(COLUMNS + " WHERE sha256 = :sha256").param("sha256", sha256).query(SealedBooks::book).optional();
	}

	private static SealedBook book(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new SealedBook(row.getLong("application_id"), row.getInt("round"), row.getObject("file_id", UUID.class),
				row.getString("sha256"), row.getObject("signed_at", java.time.OffsetDateTime.class).toInstant(),
				row.getString("program_code"), row.getString("unit_name"));
	}


}
