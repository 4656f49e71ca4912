package shenbao.application.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationStatus;
import shenbao.deadline.Extension;
import shenbao.deadline.WindowExtended;
import shenbao.program.Windows;

/**
 * Writes a granted extension into the 办理记录 of the applications it concerns (SPEC §12: the extension shows in the
 * history): the named unit's application, or every application still waiting on the extended window.
 */
@Component
class ExtensionNotes {

	private final JdbcClient jdbc;

	private final ApplicationRecords records;

	private final shenbao.platform.Texts texts;

	ExtensionNotes(JdbcClient jdbc, ApplicationRecords records, shenbao.platform.Texts texts) {
		this.jdbc = jdbc;
		this.records = records;
		this.texts = texts;
	}

	@EventListener
	void on(WindowExtended granted) {
		Extension extension = granted.extension();
		List<String> waiting = switch (extension.kind()) {
			case APPLY -> List.of(ApplicationStatus.DRAFT.name(), ApplicationStatus.RETURNED.name());
			case COUNTY -> List.of(ApplicationStatus.COUNTY_REVIEW.name());
			case CITY -> List.of(ApplicationStatus.CITY_REVIEW.name());
			case LETTERS -> List.of();
		};
		if (waiting.isEmpty()) {
			return;
		}
		String opinion = this.texts.of("application.extension.note",
				this.texts.of("application.extension.kind." + extension.kind().name()), Windows.shown(extension.closes()),
				extension.reason());
		String sql = "SELECT id, status FROM application WHERE program_code = :program AND status IN (:statuses)"
				+ (extension.unitId() == null ? "" : " AND unit_id = :unit");
		var query = this.jdbc.sql(sql).param("program", extension.programCode()).param("statuses", waiting);
		if (extension.unitId() != null) {
			query = query.param("unit", extension.unitId());
		}
		query.query((rs, row) -> {
			ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
			this.records.history(rs.getLong("id"), "WINDOW_EXTENDED", granted.grantedBy(), status, status, opinion,
					extension.grantedAt());
			return null;
		}).list();
	}

}
