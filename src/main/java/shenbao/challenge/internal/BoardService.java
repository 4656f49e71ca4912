package shenbao.challenge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.audit.AuditTrail;
import shenbao.challenge.Board;
import shenbao.challenge.Scheme;
import shenbao.challenge.Task;
import shenbao.challenge.TaskBoards;
import shenbao.challenge.TaskDraft;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.program.Programs;

/** The yearly 榜单: tasks kept in {@code challenge_task}, the board's publication in {@code challenge_board}. */
@Service
class BoardService implements TaskBoards {

	/** SPEC §7.5: the eight key fields of seed 003 一、 and the future-industry directions. */
	static final Set<String> FIELDS = Set.of("冶金有色", "能源化工", "电子信息", "智能装备", "新材料", "生物医药", "航空航天",
			"循环经济", "未来产业");

	static final Set<String> KINDS = Set.of("核心基础", "重点产品", "公共支撑", "示范应用");

	private final JdbcClient jdbc;

	private final SchemeStore schemes;

	private final Programs programs;

	private final Applications applications;

	private final AuditTrail audit;

	private final Clock clock;

	BoardService(JdbcClient jdbc, SchemeStore schemes, Programs programs, Applications applications, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.programs = programs;
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Scheme scheme() {
		return this.schemes.scheme();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Board> boards(Caller caller) {
		boolean province = caller.is(Role.PROVINCE_REVIEWER);
		return this.jdbc.sql("SELECT board_year FROM challenge_board ORDER BY board_year DESC")
			.query(Integer.class)
			.list()
			.stream()
			.map(this::load)
			.filter(board -> province || board.published())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Board board(Caller caller, int year) {
		Board board = find(year).orElseThrow(() -> new NotFound("challenge.board.not-found", year));
		if (!board.published() && !caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.board.not-found", year);
		}
		return board;
	}

	private Optional<Board> find(int year) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM challenge_board WHERE board_year = :year")
			.param("year", year)
			.query(Long.class)
			.single() > 0;
		return exists ? Optional.of(load(year)) : Optional.empty();
	}

	private Board load(int year) {
		Instant published = this.jdbc.sql("SELECT published_at FROM challenge_board WHERE board_year = :year")
			.param("year", year)
			.query((rs, row) -> Optional.ofNullable(Db.instant(rs, "published_at")))
			.single()
			.orElse(null);
		List<Task> tasks = this.jdbc.sql("SELECT * FROM challenge_task WHERE board_year = :year ORDER BY code")
			.param("year", year)
			.query((rs, row) -> new Task(rs.getLong("id"), rs.getInt("board_year"), rs.getString("code"),
					rs.getString("field"), rs.getString("kind"), rs.getString("title"), rs.getString("content"),
					rs.getString("target_indicators"), rs.getString("time_limit"), rs.getLong("version")))
			.list();
		return new Board(year, scheme().programCode(year), published, tasks);
	}

	@Override
	@Transactional
	public Task saveTask(Caller caller, int year, @Nullable Long taskId, TaskDraft draft) {
		provinceOnly(caller);
		Scheme scheme = scheme();
		LocalDate today = LocalDate.now(this.clock);
		if (!scheme.inForce(today)) {
			throw new RuleViolation("challenge.board.scheme-ended", scheme.title(), scheme.lastDay().toString());
		}
		if (year < scheme.validFrom().getYear() || year > scheme.lastDay().getYear()) {
			throw InvalidInput.field("year", "challenge.board.year-outside", year, scheme.validFrom().getYear(),
					scheme.lastDay().getYear());
		}
		validate(draft);
		// the board row is locked, so a publication and an edit run one after the other
		this.jdbc.sql("""
				INSERT INTO challenge_board (board_year) SELECT :year
				WHERE NOT EXISTS (SELECT 1 FROM challenge_board WHERE board_year = :year)
				""").param("year", year).update();
		boolean published = this.jdbc
			.sql("SELECT published_at FROM challenge_board WHERE board_year = :year FOR UPDATE")
			.param("year", year)
			.query((rs, row) -> rs.getObject("published_at") != null)
			.single();
		if (published) {
			throw new Conflict("challenge.board.published", year);
		}
		long id;
		try {
			if (taskId == null) {
				id = this.jdbc.sql("""
						INSERT INTO challenge_task (board_year, code, field, kind, title, content, target_indicators,
						    time_limit)
						VALUES (:year, :code, :field, :kind, :title, :content, :indicators, :limit)
						""")
					.param("year", year)
					.params(columns(draft))
					.update();
				id = idOf(year, draft.code());
			}
			else {
				int updated = this.jdbc.sql("""
						UPDATE challenge_task SET code = :code, field = :field, kind = :kind, title = :title,
						    content = :content, target_indicators = :indicators, time_limit = :limit,
						    version = version + 1
						WHERE id = :id AND board_year = :year AND version = :version
						""")
					.param("id", taskId)
					.param("year", year)
					.param("version", draft.version() == null ? -1 : draft.version())
					.params(columns(draft))
					.update();
				if (updated == 0) {
					throw this.jdbc.sql("SELECT COUNT(*) FROM challenge_task WHERE id = :id AND board_year = :year")
						.param("id", taskId)
						.param("year", year)
						.query(Long.class)
						.single() == 0 ? new NotFound("challenge.task.not-found") : new Conflict("challenge.task.stale");
				}
				id = taskId;
			}
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.field("code", "challenge.task.code-taken", draft.code());
		}
		this.audit.record(caller, taskId == null ? "CHALLENGE_TASK_ADDED" : "CHALLENGE_TASK_CHANGED",
				"challenge-board:" + year, draft.code() + " " + draft.title());
		long saved = id;
		return load(year).tasks().stream().filter(task -> task.id() == saved).findFirst().orElseThrow();
	}

	private long idOf(int year, String code) {
		return this.jdbc.sql("SELECT id FROM challenge_task WHERE board_year = :year AND code = :code")
			.param("year", year)
			.param("code", code.strip())
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> columns(TaskDraft draft) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("code", draft.code().strip());
		columns.put("field", draft.field().strip());
		columns.put("kind", draft.kind().strip());
		columns.put("title", draft.title().strip());
		columns.put("content", draft.content().strip());
		columns.put("indicators", draft.targetIndicators().strip());
		columns.put("limit", draft.timeLimit().strip());
		return columns;
	}

	private static void validate(TaskDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		Inputs.requireText(problems, "code", draft.code(), 50);
		Inputs.requireText(problems, "title", draft.title(), 100);
		Inputs.requireText(problems, "content", draft.content(), 2000);
		Inputs.requireText(problems, "targetIndicators", draft.targetIndicators(), 2000);
		Inputs.requireText(problems, "timeLimit", draft.timeLimit(), 200);
		if (!FIELDS.contains(Db.required(draft.field()))) {
			problems.add(FieldProblem.ofKey("field", "challenge.task.field-unknown"));
		}
		if (!KINDS.contains(Db.required(draft.kind()))) {
			problems.add(FieldProblem.ofKey("kind", "challenge.task.kind-unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
	}

	@Override
	@Transactional
	public void deleteTask(Caller caller, int year, long taskId) {
		provinceOnly(caller);
		Board board = find(year).orElseThrow(() -> new NotFound("challenge.board.not-found", year));
		if (board.published()) {
			throw new Conflict("challenge.board.published", year);
		}
		if (this.jdbc.sql("DELETE FROM challenge_task WHERE id = :id AND board_year = :year")
			.param("id", taskId)
			.param("year", year)
			.update() == 0) {
			throw new NotFound("challenge.task.not-found");
		}
		this.audit.record(caller, "CHALLENGE_TASK_DELETED", "challenge-board:" + year, String.valueOf(taskId));
	}

	@Override
	@Transactional
	public Board publish(Caller caller, int year) {
		provinceOnly(caller);
		Board board = find(year).orElseThrow(() -> new NotFound("challenge.board.not-found", year));
		if (board.tasks().isEmpty()) {
			throw new RuleViolation("challenge.board.empty", year);
		}
		if (this.programs.find(board.programCode()).isEmpty()) {
			throw new RuleViolation("challenge.board.no-program", year, board.programCode());
		}
		if (this.jdbc.sql("""
				UPDATE challenge_board SET published_at = :now, published_by = :by, version = version + 1
				WHERE board_year = :year AND published_at IS NULL
				""").param("now", Db.time(this.clock.instant())).param("by", caller.displayName()).param("year", year)
			.update() == 0) {
			throw new Conflict("challenge.board.published", year);
		}
		this.audit.record(caller, "CHALLENGE_BOARD_PUBLISHED", "challenge-board:" + year,
				board.tasks().size() + " tasks");
		return load(year);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Task> publishedTask(int year, String code) {
		return find(year).filter(Board::published)
			.flatMap(board -> board.tasks().stream().filter(task -> task.code().equals(code.strip())).findFirst());
	}

	@Override
	@Transactional
	public long takeUp(Caller caller, int year, String taskCode) {
		if (!caller.is(Role.APPLICANT)) {
			throw new NotFound("challenge.board.not-found", year);
		}
		Task task = publishedTask(year, taskCode).orElseThrow(() -> new NotFound("challenge.task.not-found"));
		String program = scheme().programCode(year);
		ApplicationView application = this.applications.mine(caller)
			.stream()
			.filter(mine -> mine.programCode().equals(program))
			.findFirst()
			.orElseGet(() -> this.applications.start(caller, program));
		if (!application.status().isEditable()) {
			throw new Conflict("challenge.task.already-submitted", application.number());
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("task_code", task.code());
		values.put("task_name", task.title());
		values.put("task_field", task.field());
		values.put("task_kind", task.kind());
		values.put("task_content", task.content());
		values.put("task_time_limit", task.timeLimit());
		values.put("target_indicators", task.targetIndicators());
		this.applications.save(caller, application.id(), values, Map.of(), application.version(), false);
		return application.id();
	}

	private static void provinceOnly(Caller caller) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.board.not-found", "");
		}
	}

}
