package shenbao.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.deadline.CityWindows;
import shenbao.deadline.Deadlines;
import shenbao.deadline.Extension;
import shenbao.deadline.WindowExtended;
import shenbao.deadline.WindowKind;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;

/** {@link Deadlines} in SQL: extensions are only added; the close in force is the latest of the program's and theirs. */
@Service
class ExtensionLedger implements Deadlines {

	private static final int REASON = 500;

	private final JdbcClient jdbc;

	private final Programs programs;

	private final Units units;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final shenbao.region.Regions regions;

	private final List<CityWindows> cityWindows;

	ExtensionLedger(JdbcClient jdbc, Programs programs, Units units, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, shenbao.region.Regions regions, List<CityWindows> cityWindows) {
		this.regions = regions;
		this.cityWindows = List.copyOf(cityWindows);
		this.jdbc = jdbc;
		this.programs = programs;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDateTime applyCloses(ProgramDefinition program, @Nullable Long unitId) {
		LocalDateTime general = latest(program.windows().apply().closes(), extended(program, null));
		if (unitId == null) {
			return general;
		}
		String city = cityOf(unitId);
		LocalDateTime closes = general;
		if (city != null) {
			Windows.Window own = cityWindow(program, city);
			closes = own != null && own.closes().isBefore(general) ? own.closes() : general;
		}
		// an extension the province granted to this unit by name (an outage on its last day) wins over its city's close
		return latest(closes, extended(program, unitId));
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDateTime applyOpens(ProgramDefinition program, @Nullable Long unitId) {
		LocalDateTime opens = program.windows().apply().opens();
		String city = unitId == null ? null : cityOf(unitId);
		Windows.Window own = city == null ? null : cityWindow(program, city);
		return own != null && own.opens().isAfter(opens) ? own.opens() : opens;
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDateTime cityApplyCloses(ProgramDefinition program, String cityCode) {
		LocalDateTime general = latest(program.windows().apply().closes(), extended(program, null));
		Windows.Window own = cityWindow(program, cityCode);
		return own != null && own.closes().isBefore(general) ? own.closes() : general;
	}

	/** The latest APPLY extension for everyone ({@code unitId} null) or for that unit alone. */
	private @Nullable LocalDateTime extended(ProgramDefinition program, @Nullable Long unitId) {
		return this.jdbc.sql("""
				SELECT MAX(closes) FROM window_extension
				WHERE program_code = :program AND kind = 'APPLY' AND unit_id IS NOT DISTINCT FROM :unit
				""")
			.param("program", program.code())
			.param("unit", unitId, java.sql.Types.BIGINT)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDateTime.class)))
			.single()
			.orElse(null);
	}

	private static LocalDateTime latest(LocalDateTime time, @Nullable LocalDateTime other) {
		return other != null && other.isAfter(time) ? other : time;
	}

	private @Nullable String cityOf(long unitId) {
		return this.units.find(unitId)
			.flatMap(unit -> this.regions.cityOf(unit.regionCode()))
			.map(shenbao.region.Region::code)
			.orElse(null);
	}

	private Windows.@Nullable Window cityWindow(ProgramDefinition program, String cityCode) {
		for (CityWindows windows : this.cityWindows) {
			var own = windows.window(program.code(), cityCode);
			if (own.isPresent()) {
				return own.get();
			}
		}
		return null;
	}

	@Override
	@Transactional(readOnly = true)
	public @Nullable LocalDateTime closes(ProgramDefinition program, WindowKind kind) {
		if (kind == WindowKind.APPLY) {
			return applyCloses(program, null);
		}
		LocalDateTime own = switch (kind) {
			case COUNTY -> program.windows().countyCloses();
			case CITY -> program.windows().cityCloses();
			default -> program.windows().lettersClose();
		};
		LocalDateTime extended = this.jdbc.sql("""
				SELECT MAX(closes) FROM window_extension WHERE program_code = :program AND kind = :kind
				""")
			.param("program", program.code())
			.param("kind", kind.name())
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDateTime.class)))
			.single()
			.orElse(null);
		if (own == null) {
			return extended;
		}
		return extended != null && extended.isAfter(own) ? extended : own;
	}

	@Override
	@Transactional
	public Extension extend(Caller caller, String programCode, WindowKind kind, @Nullable String unitCreditCode,
			LocalDateTime closes, String reason) {
		ProgramDefinition program = this.programs.find(programCode).orElse(null);
		if (program == null || caller.role() != Role.PROVINCE_REVIEWER
				|| !program.province().equals(caller.regionCode())) {
			throw new NotFound("deadline.not-found");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw InvalidInput.field("reason", "deadline.reason-required");
		}
		UnitProfile unit = null;
		if (unitCreditCode != null && !unitCreditCode.isBlank()) {
			if (kind != WindowKind.APPLY) {
				throw InvalidInput.field("unitCreditCode", "deadline.unit-only-apply");
			}
			unit = this.units.findByCreditCode(unitCreditCode.strip().toUpperCase(java.util.Locale.ROOT))
				.orElseThrow(() -> InvalidInput.field("unitCreditCode", "deadline.unit-unknown", unitCreditCode));
			// a program is the province's own: a unit registered elsewhere cannot apply to it, so nor be extended
			if (!this.regions.isWithin(unit.regionCode(), program.province())) {
				throw new RuleViolation("deadline.unit-other-province", unit.name(),
						this.regions.find(program.province()).map(shenbao.region.Region::name).orElse(program.province()),
						program.name());
			}
		}
		requireLevelOrder(program, kind, closes);
		LocalDateTime current = kind == WindowKind.APPLY ? applyCloses(program, unit == null ? null : unit.id())
				: closes(program, kind);
		if (current != null && !closes.isAfter(current)) {
			throw new RuleViolation("deadline.not-later", Windows.shown(closes), Windows.shown(current));
		}
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO window_extension (program_code, kind, unit_id, unit_name, closes, reason, granted_by, granted_at)
				VALUES (:program, :kind, :unit, :unitName, :closes, :reason, :by, :at)
				""")
			.param("program", programCode)
			.param("kind", kind.name())
			.param("unit", unit == null ? null : unit.id())
			.param("unitName", unit == null ? null : unit.name())
			.param("closes", closes)
			.param("reason", why.length() <= REASON ? why : why.substring(0, REASON))
			.param("by", caller.displayName())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		Extension extension = find(keys.getKeyAs(Number.class).longValue());
		this.audit.record(caller, "WINDOW_EXTENDED", "program:" + programCode,
				kind + (unit == null ? "" : " " + unit.name()) + " → " + Windows.shown(closes) + "：" + why);
		this.events.publishEvent(new WindowExtended(caller, extension));
		return extension;
	}

	/**
	 * The review levels close in the chain's order, 县区 ≤ 市州 ≤ 省级, as the review module's city settings read it
	 * (a close may equal the one above): a county close may not be moved past the city close in force. Programs
	 * carry no province review close, so a city close has nothing above it to stay under.
	 */
	private void requireLevelOrder(ProgramDefinition program, WindowKind kind, LocalDateTime closes) {
		if (kind != WindowKind.COUNTY) {
			return;
		}
		LocalDateTime city = closes(program, WindowKind.CITY);
		if (city != null && closes.isAfter(city)) {
			throw new RuleViolation("deadline.county-after-city", Windows.shown(closes), Windows.shown(city));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Extension> extensions(String programCode) {
		return this.jdbc.sql("SELECT * FROM window_extension WHERE program_code = :program ORDER BY id DESC")
			.param("program", programCode)
			.query(this::map)
			.list();
	}

	private Extension find(long id) {
		return this.jdbc.sql("SELECT * FROM window_extension WHERE id = :id").param("id", id).query(this::map).single();
	}

	private Extension map(ResultSet rs, int row) throws SQLException {
		return new Extension(rs.getLong("id"), rs.getString("program_code"), WindowKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
				rs.getObject("closes", LocalDateTime.class), rs.getString("reason"), rs.getString("granted_by"),
				rs.getObject("granted_at", OffsetDateTime.class).toInstant());
	}

}
