package shenbao.challenge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.challenge.Board;
import shenbao.challenge.TaskBoards;
import shenbao.challenge.TaskDraft;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * The 榜单: the province edits and publishes a year's tasks at {@code /challenge/board}; applicants read the
 * published tasks at {@code /challenge/tasks} and take one up, which opens their application with the task filled in.
 */
@Controller
class BoardPageController {

	static final List<String> FIELDS = List.of("冶金有色", "能源化工", "电子信息", "智能装备", "新材料", "生物医药", "航空航天",
			"循环经济", "未来产业");

	static final List<String> KINDS = List.of("核心基础", "重点产品", "公共支撑", "示范应用");

	private final TaskBoards boards;

	private final Texts texts;

	private final Clock clock;

	private final shenbao.application.Applications applications;

	BoardPageController(TaskBoards boards, Texts texts, Clock clock, shenbao.application.Applications applications) {
		this.applications = applications;
		this.boards = boards;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/challenge")
	String start(Caller caller) {
		return switch (caller.role()) {
			case PROVINCE_REVIEWER -> "redirect:/challenge/board";
			case CITY_REVIEWER -> "redirect:/challenge/region";
			case APPLICANT -> "redirect:/challenge/tasks";
			default -> throw new NotFound("challenge.board.not-found", "");
		};
	}

	@GetMapping("/challenge/board")
	String board(Caller caller, @RequestParam(required = false) @Nullable Integer year, Model model) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.board.not-found", "");
		}
		int shown = year != null ? year : LocalDate.now(this.clock).getYear();
		List<Board> all = this.boards.boards(caller);
		Board board = all.stream().filter(candidate -> candidate.year() == shown).findFirst().orElse(null);
		model.addAttribute("scheme", this.boards.scheme());
		model.addAttribute("boards", all);
		model.addAttribute("year", shown);
		model.addAttribute("board", board);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("kinds", KINDS);
		return "challenge/board";
	}

	@PostMapping("/challenge/board/{year}/tasks")
	String addTask(Caller caller, @PathVariable int year, TaskForm form, RedirectAttributes redirect) {
		return save(caller, year, null, form, redirect);
	}

	@PostMapping("/challenge/board/{year}/tasks/{id}")
	String changeTask(Caller caller, @PathVariable int year, @PathVariable long id, TaskForm form,
			RedirectAttributes redirect) {
		return save(caller, year, id, form, redirect);
	}

	private String save(Caller caller, int year, @Nullable Long id, TaskForm form, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.board.saved", () -> this.boards.saveTask(caller, year, id,
				new TaskDraft(text(form.code()), text(form.field()), text(form.kind()), text(form.title()),
						text(form.content()), text(form.targetIndicators()), text(form.timeLimit()), form.version())));
		return "redirect:/challenge/board?year=" + year;
	}

	record TaskForm(@Nullable String code, @Nullable String field, @Nullable String kind, @Nullable String title,
			@Nullable String content, @Nullable String targetIndicators, @Nullable String timeLimit,
			@Nullable Long version) {
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	@PostMapping("/challenge/board/{year}/tasks/{id}/delete")
	String deleteTask(Caller caller, @PathVariable int year, @PathVariable long id, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.board.deleted",
				() -> this.boards.deleteTask(caller, year, id));
		return "redirect:/challenge/board?year=" + year;
	}

	@PostMapping("/challenge/board/{year}/publication")
	String publish(Caller caller, @PathVariable int year, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.board.published-now", () -> this.boards.publish(caller, year));
		return "redirect:/challenge/board?year=" + year;
	}

	@GetMapping("/challenge/tasks")
	String tasks(Caller caller, Model model) {
		model.addAttribute("scheme", this.boards.scheme());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("boards", this.boards.boards(caller).stream().filter(Board::published).toList());
		model.addAttribute("applicant", caller.is(Role.APPLICANT));
		model.addAttribute("mine", caller.is(Role.APPLICANT) ? this.applications.mine(caller)
			.stream()
			.filter(application -> this.boards.scheme().covers(application.programCode()))
			.toList() : List.of());
		return "challenge/tasks";
	}

	@PostMapping("/challenge/tasks/{year}/{code}/take-up")
	String takeUp(Caller caller, @PathVariable int year, @PathVariable String code, RedirectAttributes redirect) {
		try {
			long id = this.boards.takeUp(caller, year, code);
			return "redirect:/applications/" + id;
		}
		catch (PlatformException refused) {
			if (refused instanceof NotFound) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", this.texts.detailed(refused));
			return "redirect:/challenge/tasks";
		}
	}

}
