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

	ExtensionLedger(JdbcClient jdbc, Programs programs, Units units, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
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
		LocalDateTime closes = program.windows().apply().closes();
		LocalDateTime extended = this.jdbc.sql("""
				SELECT MAX(closes) FROM window_extension
				WHERE program_code = :program AND kind = 'APPLY' AND (unit_id IS NULL OR unit_id = :unit)
				""")
			.param("program", program.code())
			.param("unit", unitId == null ? -1L : unitId)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDateTime.class)))
			.single()
			.orElse(null);
		return extended != null && extended.isAfter(closes) ? extended : closes;
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
		}
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
