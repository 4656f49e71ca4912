package shenbao.filing.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.filing.Priorities;
import shenbao.filing.Priorities.Ranked;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.program.Programs;
import shenbao.region.Regions;

/**
 * 推荐优先顺序: the county orders its recommendations with up / down buttons (a plain POST that redirects, or htmx
 * answering the table); its city and the province read each county's order.
 */
@Controller
class PriorityController {

	static final String VIEW = "filing/priorities";

	private final Priorities priorities;

	private final Programs programs;

	private final Regions regions;

	PriorityController(Priorities priorities, Programs programs, Regions regions) {
		this.priorities = priorities;
		this.programs = programs;
		this.regions = regions;
	}

	@GetMapping("/review/priorities/{program}")
	String show(Caller caller, @PathVariable String program, @RequestParam(required = false) @Nullable String county,
			Model model) {
		List<String> counties = this.priorities.counties(caller, program);
		String chosen = caller.role() == Role.COUNTY_REVIEWER ? caller.regionCode()
				: county != null ? county : counties.isEmpty() ? null : counties.getFirst();
		model.addAttribute("program", this.programs.get(program));
		model.addAttribute("counties", counties.stream().map(code -> new County(code, this.regions.fullName(code))).toList());
		model.addAttribute("county", chosen);
		model.addAttribute("countyName", chosen == null ? null : this.regions.fullName(chosen));
		model.addAttribute("ranked", chosen == null ? List.of() : this.priorities.order(caller, program, chosen));
		model.addAttribute("moves", caller.role() == Role.COUNTY_REVIEWER);
		return VIEW;
	}

	@PostMapping(path = "/review/priorities/{program}/{id}/{direction:up|down}", headers = "!HX-Request")
	String move(Caller caller, @PathVariable String program, @PathVariable long id, @PathVariable String direction) {
		this.priorities.move(caller, program, id, "up".equals(direction));
		return "redirect:/review/priorities/{program}";
	}

	@PostMapping(path = "/review/priorities/{program}/{id}/{direction:up|down}", headers = "HX-Request")
	String moveInline(Caller caller, @PathVariable String program, @PathVariable long id,
			@PathVariable String direction, Model model) {
		List<Ranked> ranked = this.priorities.move(caller, program, id, "up".equals(direction));
		model.addAttribute("program", this.programs.get(program));
		model.addAttribute("ranked", ranked);
		model.addAttribute("moves", true);
		return VIEW + " :: table";
	}

	record County(String code, String name) {
	}

}
