package shenbao.guide.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import shenbao.guide.Guide;
import shenbao.guide.NamedUnit;

/** SQL for {@code city_guide}, its programs and its named units. */
@Repository
class GuideStore {

	private static final String SELECT = """
			SELECT g.*, (SELECT COUNT(*) FROM city_guide_unit u WHERE u.guide_id = g.id) AS named_units
			FROM city_guide g
			""";

	private final JdbcClient jdbc;

	GuideStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Guide> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE g.id = :id").param("id", id).query(this::map).optional();
	}

	/** Locks the guide row for an edit (SELECT … FOR UPDATE), so two edits of one guide run one after the other. */
	Optional<Guide> lock(long id) {
		this.jdbc.sql("SELECT id FROM city_guide WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
		return find(id);
	}

	List<Guide> ofCity(String cityCode) {
		return this.jdbc.sql(SELECT + " WHERE g.city_code = :city ORDER BY g.id")
			.param("city", cityCode)
			.query(this::map)
			.list();
	}

	Optional<Guide> forProgram(String programCode, String cityCode) {
		return this.jdbc.sql(SELECT + """
				 WHERE g.id = (SELECT p.guide_id FROM city_guide_program p
				               WHERE p.program_code = :program AND p.city_code = :city)
				""").param("program", programCode).param("city", cityCode).query(this::map).optional();
	}

	Optional<Guide> byPdf(UUID pdfId) {
		return this.jdbc.sql(SELECT + " WHERE g.pdf_id = :pdf").param("pdf", pdfId).query(this::map).optional();
	}

	long insert(String cityCode, Fields fields, String by, Instant at) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO city_guide (city_code, title, body_html, pdf_id, pdf_filename, apply_opens, apply_closes,
				    restricted, published, updated_by, updated_at, version)
				VALUES (:city, :title, :body, :pdf, :pdfName, :opens, :closes, :restricted, FALSE, :by, :at, 0)
				""").params(parameters(fields, by, at)).param("city", cityCode).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void update(long id, Fields fields, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE city_guide SET title = :title, body_html = :body, pdf_id = :pdf, pdf_filename = :pdfName,
				    apply_opens = :opens, apply_closes = :closes, restricted = :restricted, updated_by = :by,
				    updated_at = :at, version = version + 1
				WHERE id = :id
				""").params(parameters(fields, by, at)).param("id", id).update();
	}

	void publish(long id, boolean published, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE city_guide SET published = :published, updated_by = :by, updated_at = :at, version = version + 1
				WHERE id = :id
				""").param("published", published).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id).update();
	}

	/** Makes {@code programs} exactly the guide's programs, taking them from the city's other guides. */
	void assignPrograms(long id, String cityCode, List<String> programs) {
		this.jdbc.sql("DELETE FROM city_guide_program WHERE guide_id = :id").param("id", id).update();
		for (int position = 0; position < programs.size(); position++) {
			String program = programs.get(position);
			this.jdbc.sql("DELETE FROM city_guide_program WHERE program_code = :program AND city_code = :city")
				.param("program", program).param("city", cityCode).update();
			this.jdbc.sql("""
					INSERT INTO city_guide_program (guide_id, program_code, city_code, position)
					VALUES (:id, :program, :city, :position)
					""").param("id", id).param("program", program).param("city", cityCode).param("position", position)
				.update();
		}
		// a guide whose programs all moved to this one has nothing left to say
		this.jdbc.sql("""
				DELETE FROM city_guide WHERE city_code = :city AND id <> :id
				  AND NOT EXISTS (SELECT 1 FROM city_guide_program p WHERE p.guide_id = city_guide.id)
				""").param("city", cityCode).param("id", id).update();
	}

	void replaceUnits(long id, List<NamedUnit> units) {
		this.jdbc.sql("DELETE FROM city_guide_unit WHERE guide_id = :id").param("id", id).update();
		for (NamedUnit unit : units) {
			this.jdbc.sql("INSERT INTO city_guide_unit (guide_id, credit_code, unit_name) VALUES (:id, :code, :name)")
				.param("id", id).param("code", unit.creditCode()).param("name", unit.name()).update();
		}
	}

	List<NamedUnit> units(long id) {
		return this.jdbc.sql("SELECT credit_code, unit_name FROM city_guide_unit WHERE guide_id = :id ORDER BY unit_name")
			.param("id", id)
			.query((rs, row) -> new NamedUnit(rs.getString("credit_code"), rs.getString("unit_name")))
			.list();
	}

	boolean isNamed(long id, String creditCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM city_guide_unit WHERE guide_id = :id AND credit_code = :code")
			.param("id", id).param("code", creditCode).query(Long.class).single() > 0;
	}

	private Guide map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> programs = this.jdbc.sql("SELECT program_code FROM city_guide_program WHERE guide_id = :id ORDER BY position")
			.param("id", id).query(String.class).list();
		return new Guide(id, rs.getString("city_code"), programs, rs.getString("title"), rs.getString("body_html"),
				rs.getObject("pdf_id", UUID.class), rs.getString("pdf_filename"),
				rs.getObject("apply_opens", LocalDateTime.class), rs.getObject("apply_closes", LocalDateTime.class),
				rs.getBoolean("restricted"), rs.getBoolean("published"), rs.getInt("named_units"), rs.getInt("version"));
	}

	private static Map<String, @Nullable Object> parameters(Fields fields, String by, Instant at) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("title", fields.title());
		parameters.put("body", fields.bodyHtml());
		parameters.put("pdf", fields.pdfId());
		parameters.put("pdfName", fields.pdfFilename());
		parameters.put("opens", fields.opens());
		parameters.put("closes", fields.closes());
		parameters.put("restricted", fields.restricted());
		parameters.put("by", by);
		parameters.put("at", at.atOffset(ZoneOffset.UTC));
		return parameters;
	}

	/** The columns an edit writes. */
	record Fields(String title, String bodyHtml, @Nullable UUID pdfId, @Nullable String pdfFilename,
			@Nullable LocalDateTime opens, @Nullable LocalDateTime closes, boolean restricted) {
	}

}
