package shenbao.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shenbao.identity.Caller;
import shenbao.region.Regions;

/** Where every role lands after login. Later issues add each role's work (我的待办, 我的项目, …). */
@Controller
class WorkbenchController {

	static final String VIEW = "identity/workbench";

	private final Regions regions;

	WorkbenchController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/workbench")
	String workbench(Caller caller, Model model) {
		if (caller.regionCode() != null) {
			model.addAttribute("regionName", this.regions.fullName(caller.regionCode()));
		}
		return VIEW;
	}

}
