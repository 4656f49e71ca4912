package shenbao.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.identity.Caller;
import shenbao.identity.EditableUnitProfile;
import shenbao.identity.UnitProfile;
import shenbao.identity.UnitType;
import shenbao.identity.Units;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;

/**
 * The applicant's 单位信息 page (SPEC §4): name, type, region and contact, edited with optimistic locking and saved
 * with post-redirect-get. The credit code is shown, never edited. Accounts without a unit get a 404.
 */
@Controller
class ProfileController {

	static final String VIEW = "identity/profile";

	static final List<String> FIELDS = List.of("name", "type", RegionChoices.CITY_FIELD, RegionChoices.COUNTY_FIELD,
			"contactName", "contactPhone");

	private final Units units;

	private final RegionChoices regions;

	private final FieldMessages messages;

	ProfileController(Units units, RegionChoices regions, FieldMessages messages) {
		this.units = units;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String show(Caller caller, Model model) {
		EditableUnitProfile own = this.units.own(caller);
		ProfileForm form = ProfileForm.of(own, this.regions.pick(own.profile().regionCode()));
		return page(own.profile(), form, List.of(), null, model);
	}

	@PostMapping("/profile")
	String save(Caller caller, ProfileForm form, Model model, RedirectAttributes redirect) {
		var countyOutsideCity = this.regions.countyOutsideCity(form.cityCode(), form.countyCode());
		if (countyOutsideCity.isPresent()) {
			return page(this.units.own(caller).profile(), form, List.of(countyOutsideCity.get()), null, model);
		}
		try {
			this.units.updateOwn(caller, form.update());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/profile";
		}
		catch (InvalidInput ex) {
			return page(this.units.own(caller).profile(), form, ex.fieldProblems(), null, model);
		}
		catch (Conflict ex) {
			// the form keeps what the person typed, and the version they started from: they reload to continue
			return page(this.units.own(caller).profile(), form, List.of(), this.messages.text(ex.messageKey()),
					model);
		}
	}

	/** Someone else's profile does not exist for this caller (never 403). */
	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String page(UnitProfile unit, ProfileForm form, List<FieldProblem> problems, @Nullable String conflict,
			Model model) {
		List<FieldProblem> onPage = problems.stream()
			.map(problem -> this.regions.placed(problem, form.cityCode(), form.countyCode()))
			.toList();
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("errors", this.messages.inPageOrder(onPage, FIELDS));
		model.addAttribute("conflict", conflict);
		this.regions.addTo(model, form.cityCode(), form.countyCode());
		return VIEW;
	}

}
