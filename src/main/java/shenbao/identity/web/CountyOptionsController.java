package shenbao.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /regions/counties?cityCode=620600}: the {@code <option>}s of the 所在县区 select for a city, which htmx
 * swaps in when the 所在市州 select changes. The city select sends its own name and value, hence the parameter.
 */
@Controller
class CountyOptionsController {

	static final String FRAGMENT = "identity/unit-fields :: county-options";

	private final RegionChoices regions;

	CountyOptionsController(RegionChoices regions) {
		this.regions = regions;
	}

	@GetMapping("/regions/counties")
	String counties(@RequestParam(name = RegionChoices.CITY_FIELD, defaultValue = "") String cityCode, Model model) {
		this.regions.addCounties(model, cityCode);
		model.addAttribute("countyCode", "");
		return FRAGMENT;
	}

}
