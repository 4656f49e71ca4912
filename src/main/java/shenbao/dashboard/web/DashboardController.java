package shenbao.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import shenbao.dashboard.Dashboard;
import shenbao.dashboard.Dashboards;
import shenbao.identity.Caller;

/** 数据看板 ({@code /dashboard}): each chart is drawn from its data attribute, and its table is on the page too. */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/index";

	private final Dashboards dashboards;

	private final DashboardCharts charts;

	DashboardController(Dashboards dashboards, DashboardCharts charts) {
		this.dashboards = dashboards;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	String page(Caller caller, Model model) {
		Dashboard board = this.dashboards.of(caller);
		model.addAttribute("board", board);
		model.addAttribute("charts", this.charts.of(board));
		return VIEW;
	}

}
