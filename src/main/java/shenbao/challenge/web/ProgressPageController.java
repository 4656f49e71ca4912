package shenbao.challenge.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.challenge.Acceptances;
import shenbao.challenge.ProgressDraft;
import shenbao.challenge.ProgressReport;
import shenbao.challenge.ProgressReports;
import shenbao.challenge.SelectedProject;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Texts;

/**
 * After selection: the selected unit's progress reports ({@code /challenge/progress}), the city's yearly region
 * report with its reminders ({@code /challenge/region}), and the province's view of selected projects, cities'
 * reports (overdue first) and 验收 ({@code /challenge/projects}).
 */
@Controller
class ProgressPageController {

	private final ProgressReports progress;

	private final Acceptances acceptances;

	private final Texts texts;

	private final Clock clock;

	private final shenbao.document.Documents documents;

	ProgressPageController(ProgressReports progress, Acceptances acceptances, Texts texts, Clock clock,
			shenbao.document.Documents documents) {
		this.documents = documents;
		this.progress = progress;
		this.acceptances = acceptances;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/challenge/progress")
	String unitProgress(Caller caller, Model model) {
		if (!caller.is(Role.APPLICANT)) {
			throw new NotFound("challenge.project.not-found");
		}
		List<SelectedProject> projects = this.progress.selected(caller);
		Map<Long, List<ProgressReport>> reports = new LinkedHashMap<>();
		projects.forEach(project -> reports.put(project.applicationId(),
				this.progress.reports(caller, project.applicationId())));
		model.addAttribute("projects", projects);
		model.addAttribute("reports", reports);
		return "challenge/progress";
	}

	@PostMapping("/challenge/progress/{applicationId}")
	String file(Caller caller, @PathVariable long applicationId, @RequestParam(defaultValue = "") String period,
			@RequestParam(defaultValue = "") String planItem, @RequestParam(defaultValue = "") String progress,
			@RequestParam(defaultValue = "") String completionPct,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.progress.filed", () -> this.progress.file(caller,
				applicationId, new ProgressDraft(period, planItem, progress, percent(completionPct),
						ProgressFiles.store(this.documents, caller, file))));
		return "redirect:/challenge/progress";
	}

	private static @Nullable BigDecimal percent(String text) {
		try {
			return text.isBlank() ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException malformed) {
			throw InvalidInput.field("completionPct", "challenge.progress.pct-range");
		}
	}

	@GetMapping("/challenge/region")
	String region(Caller caller, @RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("report", this.progress.cityReport(caller, shown));
		model.addAttribute("reminders", this.progress.reminders(caller));
		model.addAttribute("projects", this.progress.selected(caller));
		model.addAttribute("year", shown);
		return "challenge/region";
	}

	@PostMapping("/challenge/region/{year}")
	String fileRegion(Caller caller, @PathVariable int year, @RequestParam(defaultValue = "") String summary,
			RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.city-report.filed",
				() -> this.progress.fileCityReport(caller, year, summary));
		return "redirect:/challenge/region?year=" + year;
	}

	@GetMapping("/challenge/projects")
	String projects(Caller caller, @RequestParam(required = false) @Nullable Integer year, Model model) {
		if (!caller.is(Role.PROVINCE_REVIEWER)) {
			throw new NotFound("challenge.project.not-found");
		}
		int shown = year != null ? year : LocalDate.now(this.clock).getYear();
		List<SelectedProject> projects = this.progress.selected(caller);
		model.addAttribute("projects", projects);
		model.addAttribute("acceptances", projects.stream()
			.map(project -> this.acceptances.of(project.applicationId()).orElse(null))
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toMap(shenbao.challenge.Acceptance::applicationId, a -> a)));
		model.addAttribute("programs", projects.stream().map(SelectedProject::programCode).distinct().toList());
		model.addAttribute("cities", this.progress.overview(caller, shown));
		model.addAttribute("year", shown);
		return "challenge/projects";
	}

	@PostMapping("/challenge/projects/{applicationId}/acceptance")
	String accept(Caller caller, @PathVariable long applicationId, @RequestParam(defaultValue = "false") boolean passed,
			@RequestParam(defaultValue = "") String experts, @RequestParam(defaultValue = "") String opinion,
			RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.acceptance.recorded",
				() -> this.acceptances.record(caller, applicationId, passed, experts, opinion));
		return "redirect:/challenge/projects";
	}

	@PostMapping("/challenge/success-lists/{programCode}")
	String publish(Caller caller, @PathVariable String programCode, RedirectAttributes redirect) {
		Refusals.attempt(this.texts, redirect, "challenge.success.published",
				() -> this.acceptances.publishSuccessList(caller, programCode));
		return "redirect:/challenge/projects";
	}

}
