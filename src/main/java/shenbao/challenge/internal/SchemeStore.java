package shenbao.challenge.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.challenge.Scheme;

/** The scheme row of V18 (one scheme today: 揭榜挂帅, prefix {@code jbgs-}). */
@Repository
class SchemeStore {

	private final JdbcClient jdbc;

	SchemeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private volatile @org.jspecify.annotations.Nullable Scheme cached;

	/** The scheme is migration data, read once (every save of every program asks whether it is covered). */
	Scheme scheme() {
		Scheme scheme = this.cached;
		if (scheme == null) {
			scheme = read();
			this.cached = scheme;
		}
		return scheme;
	}

	private Scheme read() {
		return this.jdbc.sql("SELECT * FROM challenge_scheme ORDER BY program_prefix")
			.query((rs, row) -> new Scheme(rs.getString("program_prefix"), rs.getString("title"),
					rs.getString("document_no"), rs.getObject("valid_from", java.time.LocalDate.class),
					rs.getInt("valid_years")))
			.list()
			.getFirst();
	}

}
