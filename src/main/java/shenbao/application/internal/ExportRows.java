package shenbao.application.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.application.ApplicationRow;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.platform.PlatformException;
import shenbao.program.Programs;
import shenbao.scoring.Scoring;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a 汇总表, read with a cursor: PostgreSQL sends {@link #FETCH_SIZE} rows at a time inside the caller's
 * transaction, so an export of any size holds one batch in memory. Same scope as the reviewers' lists
 * ({@link ReviewQueries}).
 */
@Repository
class ExportRows {

	static final int FETCH_SIZE = 500;

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ReviewQueries queries;

	private final JsonMapper json;

	private final Programs programs;

	private final Scoring scoring;

	ExportRows(DataSource dataSource, ReviewQueries queries, JsonMapper json, Programs programs, Scoring scoring) {
		// a template of our own: the shared one has no fetch size, and PostgreSQL would send every row at once
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
		this.queries = queries;
		this.json = json;
		this.programs = programs;
		this.scoring = scoring;
	}

	/** Must run inside a transaction: outside one, the driver ignores the fetch size. */
	long forEachBatch(Caller caller, String programCode, @Nullable String regionCode, int batchSize,
			Consumer<List<ApplicationRow>> batches) {
		ReviewQueries.Where where = this.queries.scope(caller, programCode, regionCode);
		if (where == null) {
			return 0;
		}
		boolean scored = !this.programs.get(programCode).indicators().isEmpty();
		List<ApplicationRow> batch = new ArrayList<>(batchSize);
		long count = 0;
		try (Stream<ApplicationRow> rows = this.jdbc.sql("""
				SELECT id, program_code, unit_id, unit_name, region_code, city_code, status, submitted_at, form_values,
				    self_scores
				FROM application WHERE %s
				ORDER BY city_code, region_code, submitted_at, id
				""".formatted(where.sql())).params(where.parameters()).query((rs, row) -> row(rs, scored)).stream()) {
			for (var iterator = rows.iterator(); iterator.hasNext();) {
				batch.add(iterator.next());
				count++;
				if (batch.size() == batchSize) {
					batches.accept(List.copyOf(batch));
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			batches.accept(List.copyOf(batch));
		}
		return count;
	}

	private ApplicationRow row(ResultSet rs, boolean scored) throws SQLException {
		String program = rs.getString("program_code");
		LinkedHashMap<String, Object> values = this.json.readValue(rs.getString("form_values"), VALUES);
		return new ApplicationRow(rs.getLong("id"), program, rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("region_code"), rs.getString("city_code"),
				ApplicationStatus.valueOf(rs.getString("status")),
				rs.getObject("submitted_at") == null ? null : ApplicationStore.instant(rs, "submitted_at"), values,
				this.json.readValue(rs.getString("self_scores"), SCORES), scored ? suggested(program, values) : null);
	}

	private @Nullable BigDecimal suggested(String program, LinkedHashMap<String, Object> values) {
		try {
			return this.scoring.score(program, values).total();
		}
		catch (PlatformException ex) {
			// values saved under an earlier revision of the rules: the row is still listed, without a suggestion
			return null;
		}
	}

}
