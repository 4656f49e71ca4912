package shenbao.dashboard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shenbao.dashboard.Dashboard;
import shenbao.dashboard.Dashboards;
import shenbao.identity.Caller;

/**
 * The 数据看板 figures as JSON ({@code GET /api/v1/dashboard}, optionally {@code ?program=etc-2026}), in the same scope
 * as the page: a county its county, a city its city, the province everything; level scores as far as the caller may
 * see them. Anyone but a reviewer, or a program outside the caller's province: 404.
 */
@RestController
class DashboardApiController {

	private final Dashboards dashboards;

	DashboardApiController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/dashboard")
	Dashboard dashboard(Caller caller, @RequestParam(required = false) @Nullable String program) {
		return this.dashboards.of(caller, program == null || program.isBlank() ? null : program.strip());
	}

}
