package shenbao.dashboard.web;

import java.util.List;

/**
 * What static/js/dashboard.js draws with ECharts, passed as JSON in a {@code data-chart} attribute (the content
 * security policy forbids inline scripts). {@code kind} is {@code bar} or {@code pie}.
 */
record Chart(String kind, boolean horizontal, boolean stacked, List<String> categories, List<Series> series) {

	record Series(String name, List<? extends Number> data) {
	}

}
