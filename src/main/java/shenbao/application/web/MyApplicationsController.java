package shenbao.application.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shenbao.application.Applications;
import shenbao.identity.Caller;

/** 我的项目 (every application of the unit with its status) and 消息列表. */
@Controller
class MyApplicationsController {

	private final Applications applications;

	MyApplicationsController(Applications applications) {
		this.applications = applications;
	}

	/** These pages belong to an applicant unit; for anyone else there is nothing here. */
	private static void applicantOnly(Caller caller) {
		if (caller.unitId() == null) {
			throw new shenbao.platform.NotFound("platform.not-found");
		}
	}

	@GetMapping("/my/applications")
	String applications(Caller caller, Model model) {
		applicantOnly(caller);
		model.addAttribute("applications", this.applications.mine(caller));
		return "application/mine";
	}

	@GetMapping("/my/messages")
	String messages(Caller caller, Model model) {
		applicantOnly(caller);
		model.addAttribute("messages", this.applications.readMessages(caller));
		return "application/messages";
	}

}
