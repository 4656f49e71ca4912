package shenbao.challenge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import shenbao.audit.AuditTrail;
import shenbao.challenge.Acceptance;
import shenbao.challenge.Acceptances;
import shenbao.challenge.SelectedProject;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.portal.ItemDraft;
import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;
import shenbao.program.Programs;

/**
 * 验收 (seed 003 三、（七）): "由省工信厅联合省教育厅、省科技厅组织行业专家开展验收评估工作". The smallest honest design: the
 * province records the expert group's verdict per selected project (who the experts were, passed or not, their
 * opinion); the passed projects make the 攻关成功单位名单, published once as a portal notice.
 */
@Service
class AcceptanceService implements Acceptances {

	private final JdbcClient jdbc;

	private final ProgressService progress;

	private final PortalContent portal;

	private final Programs programs;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	AcceptanceService(JdbcClient jdbc, ProgressService progress, PortalContent portal, Programs programs,
			AuditTrail audit, Texts texts, Clock clock) {
		this.jdbc = jdbc;
		this.progress = progress;
		this.portal = portal;
		this.programs = programs;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Acceptance record(Caller caller, long applicationId, boolean passed, String experts, String opinion) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.project.not-found");
		}
		SelectedProject project = this.progress.selectedOne(caller, applicationId);
		if (published(project.programCode())) {
			throw new Conflict("challenge.acceptance.list-published");
		}
		String who = Db.required(experts);
		String why = Db.required(opinion);
		if (who.isEmpty()) {
			throw InvalidInput.field("experts", "challenge.input.required");
		}
		if (why.isEmpty()) {
			throw InvalidInput.field("opinion", "challenge.input.required");
		}
		if (who.length() > 500 || why.length() > 2000) {
			throw InvalidInput.field(who.length() > 500 ? "experts" : "opinion", "challenge.input.too-long",
					who.length() > 500 ? 500 : 2000);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM challenge_acceptance WHERE application_id = :id").param("id", applicationId).update();
		this.jdbc.sql("""
				INSERT INTO challenge_acceptance (application_id, passed, experts, opinion, recorded_at, recorded_by)
				VALUES (:id, :passed, :experts, :opinion, :now, :by)
				""")
			.param("id", applicationId)
			.param("passed", passed)
			.param("experts", who)
			.param("opinion", why)
			.param("now", Db.time(now))
			.param("by", caller.displayName())
			.update();
		this.audit.record(caller, passed ? "CHALLENGE_ACCEPTANCE_PASSED" : "CHALLENGE_ACCEPTANCE_FAILED",
				"application:" + applicationId, who);
		return of(applicationId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Acceptance> of(long applicationId) {
		return this.jdbc.sql("SELECT * FROM challenge_acceptance WHERE application_id = :id")
			.param("id", applicationId)
			.query((rs, row) -> new Acceptance(rs.getLong("application_id"), rs.getBoolean("passed"),
					rs.getString("experts"), rs.getString("opinion"), Db.instant(rs, "recorded_at"),
					rs.getString("recorded_by")))
			.optional();
	}

	private boolean published(String programCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM challenge_success_list WHERE program_code = :code")
			.param("code", programCode)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional
	public String publishSuccessList(Caller caller, String programCode) {
		List<SelectedProject> passed = passed(caller, programCode);
		if (passed.isEmpty()) {
			throw new RuleViolation("challenge.acceptance.none-passed");
		}
		if (published(programCode)) {
			throw new Conflict("challenge.acceptance.list-published");
		}
		String programName = this.programs.get(programCode).name();
		StringBuilder body = new StringBuilder("<p>")
			.append(HtmlUtils.htmlEscape(this.texts.of("challenge.success.intro", programName)))
			.append("</p><table><thead><tr><th>")
			.append(HtmlUtils.htmlEscape(this.texts.of("challenge.success.column.index")))
			.append("</th><th>")
			.append(HtmlUtils.htmlEscape(this.texts.of("challenge.success.column.unit")))
			.append("</th><th>")
			.append(HtmlUtils.htmlEscape(this.texts.of("challenge.success.column.task")))
			.append("</th><th>")
			.append(HtmlUtils.htmlEscape(this.texts.of("challenge.success.column.city")))
			.append("</th></tr></thead><tbody>");
		int index = 0;
		for (SelectedProject project : passed) {
			body.append("<tr><td>")
				.append(++index)
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(project.unitName()))
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(project.taskName()))
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(project.cityName()))
				.append("</td></tr>");
		}
		body.append("</tbody></table>");
		PortalItem item = this.portal.save(caller, null, new ItemDraft(ItemKind.NOTICE,
				this.texts.of("challenge.success.title", programName), body.toString(), NoticeField.INDUSTRIAL_SCIENCE,
				NoticeType.CHALLENGE, null, null));
		this.jdbc.sql("""
				INSERT INTO challenge_success_list (program_code, portal_item_id, published_at) VALUES (:code, :item, :now)
				""").param("code", programCode).param("item", item.id()).param("now", Db.time(this.clock.instant()))
			.update();
		this.audit.record(caller, "CHALLENGE_SUCCESS_LIST_PUBLISHED", "program:" + programCode,
				passed.size() + " units");
		return "/portal/notices/" + item.id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelectedProject> passed(Caller caller, String programCode) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.project.not-found");
		}
		return this.progress.selected(caller)
			.stream()
			.filter(project -> project.programCode().equals(programCode) && Boolean.TRUE.equals(project.accepted()))
			.toList();
	}

	/** The path of the published list of a program, if any. */
	Optional<String> successListPath(String programCode) {
		return this.jdbc.sql("SELECT portal_item_id FROM challenge_success_list WHERE program_code = :code")
			.param("code", programCode)
			.query(Long.class)
			.optional()
			.map(id -> "/portal/notices/" + id);
	}

}
