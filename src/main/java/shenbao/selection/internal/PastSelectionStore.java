package shenbao.selection.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shenbao.selection.PastSelection;

/** The past_selection table. */
@Repository
class PastSelectionStore {

	private static final String COLUMNS = "id, list_code, unit_name, credit_code, batch, city_code, domain";

	private final JdbcClient jdbc;

	PastSelectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * By credit code first, else by name: the seed's rows have names only. Names compare as written except for
	 * spaces and the width of brackets ("TCL通力电子(惠州)有限公司" is the seed's "TCL通力电子（惠州）有限公司").
	 */
	Optional<PastSelection> find(String listCode, String creditCode, String unitName) {
		Optional<PastSelection> byCode = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM past_selection WHERE list_code = ? AND credit_code = ? ORDER BY batch")
			.params(listCode, creditCode)
			.query(PastSelection.class)
			.optional();
		if (byCode.isPresent()) {
			return byCode;
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM past_selection WHERE list_code = ? AND unit_name = ?")
			.params(listCode, name(unitName))
			.query(PastSelection.class)
			.optional();
	}

	List<PastSelection> list(String listCode, @Nullable String cityCode) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM past_selection WHERE list_code = :list"
					+ (cityCode == null ? "" : " AND city_code = :city") + " ORDER BY city_code, batch, id")
			.param("list", listCode)
			.param("city", cityCode == null ? "" : cityCode)
			.query(PastSelection.class)
			.list();
	}

	/** A name as the list keeps it: no spaces, full-width brackets. */
	static String name(String unitName) {
		return unitName.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
	}

	/** Adds the row or updates the one of the same name; true when added. */
	boolean put(String listCode, String rawName, @Nullable String creditCode, int batch, String cityCode,
			@Nullable String domain, Instant now, String by) {
		String unitName = name(rawName);
		int updated = this.jdbc
			.sql("UPDATE past_selection SET credit_code = COALESCE(?, credit_code), batch = ?, city_code = ?,"
					+ " domain = COALESCE(?, domain), imported_at = ?, imported_by = ? WHERE list_code = ? AND unit_name = ?")
			.params(creditCode, batch, cityCode, domain, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by, listCode,
					unitName)
			.update();
		if (updated > 0) {
			return false;
		}
		this.jdbc
			.sql("INSERT INTO past_selection (list_code, unit_name, credit_code, batch, city_code, domain, imported_at,"
					+ " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(listCode, unitName, creditCode, batch, cityCode, domain, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
					by)
			.update();
		return true;
	}

}
