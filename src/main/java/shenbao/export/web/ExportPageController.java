package shenbao.export.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.export.ExportJob;
import shenbao.export.ExportJobs;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * 导出汇总表 for reviewers: choose a program and a region of your scope, start the export, watch its progress (the
 * job fragment re-polls itself every second under htmx; without JavaScript the job page has a refresh link) and
 * download the file when it is ready.
 */
@Controller
class ExportPageController {

	static final String VIEW = "export/page";

	static final String JOB_VIEW = "export/job";

	static final String JOB_FRAGMENT = "export/job :: job";

	private final ExportJobs jobs;

	private final Programs programs;

	private final Regions regions;

	ExportPageController(ExportJobs jobs, Programs programs, Regions regions) {
		this.jobs = jobs;
		this.programs = programs;
		this.regions = regions;
	}

	@GetMapping("/exports")
	String page(Caller caller, Model model) {
		reviewerOnly(caller);
		model.addAttribute("programs", programsOf(caller));
		model.addAttribute("regions", regionChoices(caller));
		return VIEW;
	}

	@PostMapping("/exports")
	String start(Caller caller, @RequestParam String program, @RequestParam(required = false) @Nullable String region) {
		ExportJob job = this.jobs.start(caller, program, region);
		return "redirect:/exports/jobs/" + job.id();
	}

	@PostMapping(path = "/exports", headers = "HX-Request=true")
	String startInline(Caller caller, @RequestParam String program,
			@RequestParam(required = false) @Nullable String region, Model model) {
		model.addAttribute("job", this.jobs.start(caller, program, region));
		return JOB_FRAGMENT;
	}

	@GetMapping("/exports/jobs/{id}")
	String job(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("job", this.jobs.get(caller, id));
		return JOB_VIEW;
	}

	@GetMapping(path = "/exports/jobs/{id}", headers = "HX-Request=true")
	String progress(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("job", this.jobs.get(caller, id));
		return JOB_FRAGMENT;
	}

	@GetMapping("/exports/jobs/{id}/file")
	void file(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		ExportJob job = this.jobs.get(caller, id);
		if (!job.isDone()) {
			throw new NotFound("export.not-found");
		}
		ExportApiController.prepare(response, job.request().filename());
		this.jobs.download(caller, id, response.getOutputStream());
	}

	private static void reviewerOnly(Caller caller) {
		if (caller.role() != Role.COUNTY_REVIEWER && caller.role() != Role.CITY_REVIEWER
				&& caller.role() != Role.PROVINCE_REVIEWER) {
			throw new NotFound("export.not-found");
		}
	}

	/** The programs of the caller's province (a Gansu reviewer has nothing to export from Guangdong's). */
	private List<ProgramDefinition> programsOf(Caller caller) {
		String home = caller.regionCode();
		return this.programs.all()
			.stream()
			.filter(program -> home == null || this.regions.isWithin(home, program.province()))
			.toList();
	}

	/** The regions below the caller's: a city's counties; the province's cities, each followed by its counties. */
	private List<RegionChoice> regionChoices(Caller caller) {
		List<RegionChoice> choices = new ArrayList<>();
		String home = caller.regionCode();
		if (home == null || caller.role() == Role.COUNTY_REVIEWER) {
			return choices;
		}
		for (Region child : this.regions.children(home)) {
			choices.add(new RegionChoice(child.code(), child.name(), false));
			if (caller.role() == Role.PROVINCE_REVIEWER) {
				for (Region county : this.regions.children(child.code())) {
					choices.add(new RegionChoice(county.code(), child.name() + " / " + county.name(), true));
				}
			}
		}
		return choices;
	}

	/** One option of the region select. */
	record RegionChoice(String code, String label, boolean county) {
	}

}
