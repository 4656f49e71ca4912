package shenbao.selection.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;
import shenbao.region.Regions;
import shenbao.selection.PastSelections;

/** 已入选名单: reviewers read the list of their scope; the province and the cities import rows from Excel. */
@Controller
class PastSelectionController {

	static final String VIEW = "selection/list";

	private final PastSelections selections;

	private final Regions regions;

	private final Texts texts;

	PastSelectionController(PastSelections selections, Regions regions, Texts texts) {
		this.selections = selections;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/selections/{list}")
	String show(Caller caller, @PathVariable String list, Model model) {
		model.addAttribute("list", list);
		var rows = this.selections.list(caller, list);
		java.util.Map<String, String> cities = new java.util.HashMap<>();
		rows.forEach(row -> cities.computeIfAbsent(row.cityCode(),
				code -> this.regions.find(code).map(region -> region.name()).orElse(code)));
		model.addAttribute("rows", rows);
		model.addAttribute("cities", cities);
		model.addAttribute("imports", caller.role() == Role.PROVINCE_REVIEWER || caller.role() == Role.CITY_REVIEWER);
		return VIEW;
	}

	@PostMapping("/selections/{list}/imports")
	String importSheet(Caller caller, @PathVariable String list, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("imported", this.selections.importSheet(caller, list, content));
		}
		catch (InvalidInput refused) {
			model.addAttribute("importError", this.texts.detailed(refused));
		}
		return show(caller, list, model);
	}

}
