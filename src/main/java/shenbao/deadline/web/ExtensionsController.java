package shenbao.deadline.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.deadline.Deadlines;
import shenbao.deadline.WindowKind;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;

/**
 * 延期管理 ({@code /deadlines}, province reviewers): each program's close times in force and their extensions, and a
 * form to extend one for everyone or for a named unit. A refusal is shown on the page with the entered values.
 */
@Controller
class ExtensionsController {

	private final Deadlines deadlines;

	private final Programs programs;

	private final Texts texts;

	ExtensionsController(Deadlines deadlines, Programs programs, Texts texts) {
		this.deadlines = deadlines;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/deadlines")
	String page(Caller caller, Model model) {
		List<ProgramDefinition> programs = provinceOnly(caller);
		model.addAttribute("rows", programs.stream()
			.map(program -> new Row(program, shown(this.deadlines.applyCloses(program, null)),
					shown(this.deadlines.closes(program, WindowKind.COUNTY)),
					shown(this.deadlines.closes(program, WindowKind.CITY)),
					shown(this.deadlines.closes(program, WindowKind.LETTERS)),
					this.deadlines.extensions(program.code())))
			.toList());
		model.addAttribute("kinds", WindowKind.values());
		return "deadline/extensions";
	}

	@PostMapping("/deadlines")
	String extend(Caller caller, @RequestParam String program, @RequestParam String kind,
			@RequestParam(defaultValue = "") String unitCreditCode, @RequestParam(defaultValue = "") String closes,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		provinceOnly(caller);
		try {
			LocalDateTime time;
			try {
				time = LocalDateTime.parse(closes);
			}
			catch (DateTimeParseException malformed) {
				throw shenbao.platform.InvalidInput.field("closes", "deadline.closes-required");
			}
			this.deadlines.extend(caller, program, WindowKind.valueOf(kind), unitCreditCode.isBlank() ? null
					: unitCreditCode, time, reason);
			redirect.addFlashAttribute("extended", program);
			return "redirect:/deadlines";
		}
		catch (PlatformException refused) {
			model.addAttribute("problem", this.texts.detailed(refused));
			model.addAttribute("entered", new Entered(program, kind, unitCreditCode, closes, reason));
			return page(caller, model);
		}
	}

	private List<ProgramDefinition> provinceOnly(Caller caller) {
		if (caller.role() != Role.PROVINCE_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("deadline.not-found");
		}
		return this.programs.all().stream().filter(program -> program.province().equals(caller.regionCode())).toList();
	}

	private static String shown(@Nullable LocalDateTime time) {
		return time == null ? "—" : Windows.shown(time);
	}

	record Row(ProgramDefinition program, String apply, String county, String city, String letters,
			List<shenbao.deadline.Extension> extensions) {
	}

	record Entered(String program, String kind, String unitCreditCode, String closes, String reason) {
	}

}
