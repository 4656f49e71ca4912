package shenbao.application.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.platform.Texts;
import shenbao.platform.UploadProperties;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.Platform;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * The form (填写表单): one page generated from the program, saved as the user types. The same URL answers a plain
 * POST (save, then redirect) and an htmx POST (save, then answer the pieces that changed: version, 表单助手 counts,
 * suggestions, save status).
 */
@Controller
class ApplicationFormController {

	static final String FORM = "application/form";

	private static final int MAX_ATTEMPTS = 5;

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Applications applications;

	private final Programs programs;

	private final Texts texts;

	private final Clock clock;

	private final UploadProperties uploads;

	private final UnitLibrary library;

	ApplicationFormController(Applications applications, Programs programs, Texts texts, Clock clock,
			UploadProperties uploads, UnitLibrary library) {
		this.applications = applications;
		this.programs = programs;
		this.texts = texts;
		this.clock = clock;
		this.uploads = uploads;
		this.library = library;
	}

	@GetMapping("/applications/{id}")
	String show(Caller caller, @PathVariable long id, Model model) {
		ApplicationView view = this.applications.get(caller, id);
		if (!view.status().isEditable() || caller.unitId() == null) {
			return "redirect:/applications/{id}/preview";
		}
		ProgramDefinition program = this.programs.get(view.programCode());
		model.addAttribute("page", new FormPage(view, program, FormModel.of(program, view.values(), view.selfScores()),
				this.uploads.maxSizeInMegabytes(), this.library.list(view.unitId())));
		return FORM;
	}

	@PostMapping(path = "/applications/{id}/values", headers = "!HX-Request")
	String save(Caller caller, @PathVariable long id, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Outcome outcome = save(caller, id, request);
		if (outcome.stored() && outcome.form().errors().isEmpty()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/applications/{id}";
		}
		model.addAttribute("page", new FormPage(outcome.view(), outcome.program(), outcome.form(),
				this.uploads.maxSizeInMegabytes(), this.library.list(outcome.view().unitId())));
		model.addAttribute("conflict", outcome.conflict());
		model.addAttribute("stored", outcome.stored());
		return FORM;
	}

	@PostMapping(path = "/applications/{id}/values", headers = "HX-Request")
	String autosave(Caller caller, @PathVariable long id, HttpServletRequest request, Model model) {
		Outcome outcome = save(caller, id, request);
		// the answer is the page's out-of-band fragments (version, 表单助手, suggestions, refusals): no 附件库 in it
		model.addAttribute("page", new FormPage(outcome.view(), outcome.program(), outcome.form(),
				this.uploads.maxSizeInMegabytes(), List.of()));
		model.addAttribute("conflict", outcome.conflict());
		model.addAttribute("stored", outcome.stored());
		model.addAttribute("savedAt", LocalTime.now(this.clock.withZone(Platform.ZONE)).format(SAVED_AT));
		return FORM + " :: autosaved";
	}

	/**
	 * Saves what parses; a value the server refuses is shown next to its field and left out, and the rest is saved,
	 * so one slip never costs the other fields.
	 */
	private Outcome save(Caller caller, long id, HttpServletRequest request) {
		ApplicationView current = this.applications.get(caller, id);
		ProgramDefinition program = this.programs.get(current.programCode());
		Map<String, String[]> parameters = request.getParameterMap();
		FormModel form = FormModel.parse(program, parameters, this.texts.of("scoring.value.not-number"));
		long version = version(parameters, current.version());
		@Nullable String conflict = null;
		Applications.@Nullable Saved saved = null;
		// the checks run one after another (values, self-scores, credit codes), so each refusal may name fields the
		// previous one did not reach: retry without the refused fields until the rest is saved
		for (int attempt = 0; attempt < MAX_ATTEMPTS && saved == null && conflict == null; attempt++) {
			try {
				saved = this.applications.save(caller, id, form.values(), form.selfScores(), version, false);
			}
			catch (InvalidInput ex) {
				ex.fieldProblems().forEach(problem -> form.refused(problem.field(), problem.key() == null
						? String.valueOf(problem.text()) : this.texts.of(problem.key(), problem.arguments())));
			}
			catch (Conflict ex) {
				conflict = this.texts.of(ex);
			}
		}
		// a save answers with what it wrote: the page is shown from that, without reading the application back
		ApplicationView after = saved != null ? current.after(saved) : this.applications.get(caller, id);
		return new Outcome(after, program, form, conflict, saved != null);
	}

	private static long version(Map<String, String[]> parameters, long fallback) {
		String[] version = parameters.get("version");
		try {
			return version == null || version.length == 0 ? fallback : Long.parseLong(version[0]);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}


	private record Outcome(ApplicationView view, ProgramDefinition program, FormModel form, @Nullable String conflict,
			boolean stored) {
	}

}
