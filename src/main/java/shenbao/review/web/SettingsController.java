package shenbao.review.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Regions;
import shenbao.review.ReviewSettings;
import shenbao.review.ReviewSettings.EffectiveSetting;

/**
 * 审核设置 ({@code /review/settings}, Guangdong manual §4.3.1.1: 是否需要区县审核, 区县审核截止时间): a city reviewer's
 * settings per program of its province, each a plain form (post, then redirect) that htmx enhances by answering that
 * program's section. A refused value is explained at its field, with everything typed kept.
 */
@Controller
class SettingsController {

	static final String VIEW = "review/settings";

	static final String SECTION_FRAGMENT = VIEW + " :: program";

	private final ReviewSettings settings;

	private final Programs programs;

	private final Regions regions;

	private final Texts texts;

	SettingsController(ReviewSettings settings, Programs programs, Regions regions, Texts texts) {
		this.settings = settings;
		this.programs = programs;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/review/settings")
	String page(Caller caller, Model model) {
		String city = city(caller);
		model.addAttribute("sections", programs(city).stream()
			.map(program -> section(program, this.settings.effective(program.code(), city), null, Map.of()))
			.toList());
		return VIEW;
	}

	@PostMapping("/review/settings/{program}")
	String save(Caller caller, @PathVariable String program, SettingsForm form, Model model,
			RedirectAttributes redirect) {
		String city = city(caller);
		ProgramDefinition definition = program(city, program);
		Map<String, String> errors = store(caller, definition, form);
		if (!errors.isEmpty()) {
			model.addAttribute("sections", programs(city).stream()
				.map(each -> each.code().equals(program)
						? section(each, this.settings.effective(each.code(), city), form, errors)
						: section(each, this.settings.effective(each.code(), city), null, Map.of()))
				.toList());
			return VIEW;
		}
		redirect.addFlashAttribute("saved", program);
		return "redirect:/review/settings#settings-" + program;
	}

	@PostMapping(path = "/review/settings/{program}", headers = "HX-Request=true")
	String saveInline(Caller caller, @PathVariable String program, SettingsForm form, Model model) {
		String city = city(caller);
		ProgramDefinition definition = program(city, program);
		Map<String, String> errors = store(caller, definition, form);
		EffectiveSetting effective = this.settings.effective(program, city);
		if (errors.isEmpty()) {
			model.addAttribute("saved", program);
			model.addAttribute("section", section(definition, effective, null, Map.of()));
		}
		else {
			model.addAttribute("section", section(definition, effective, form, errors));
		}
		return SECTION_FRAGMENT;
	}

	/** The refusals by input id (empty when saved), in the order of the form. */
	private Map<String, String> store(Caller caller, ProgramDefinition program, SettingsForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		String code = program.code();
		Boolean countyReview = program.chain().countyOptional() ? flag(form.countyReview()) : null;
		LocalDateTime countyCloses = program.chain().hasCounty()
				? time(form.countyCloses(), SettingSection.id("countyCloses", code), errors) : null;
		LocalDateTime cityCloses = time(form.cityCloses(), SettingSection.id("cityCloses", code), errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		try {
			this.settings.set(caller, code, countyReview, countyCloses, cityCloses);
		}
		catch (RuleViolation refusal) {
			errors.put(SettingSection.id(field(refusal), code), this.texts.of(refusal));
		}
		return errors;
	}

	/** The input a refusal of {@link ReviewSettings#set} is about. */
	private static String field(RuleViolation refusal) {
		return switch (refusal.messageKey()) {
			case "review.settings.county-required" -> "countyReview";
			case "review.settings.county-outside" -> "countyCloses";
			default -> "cityCloses";
		};
	}

	private @Nullable LocalDateTime time(@Nullable String value, String id, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException invalid) {
			errors.put(id, this.texts.of("review.settings.time-invalid"));
			return null;
		}
	}

	private static @Nullable Boolean flag(@Nullable String value) {
		return value == null || value.isBlank() ? null : Boolean.valueOf(value.strip());
	}

	private SettingSection section(ProgramDefinition program, EffectiveSetting effective, @Nullable SettingsForm form,
			Map<String, String> errors) {
		return SettingSection.of(program, effective, form == null ? SettingsForm.of(effective) : form, errors);
	}

	private List<ProgramDefinition> programs(String city) {
		return this.programs.all().stream().filter(program -> this.regions.isWithin(city, program.province())).toList();
	}

	private ProgramDefinition program(String city, String code) {
		return programs(city).stream()
			.filter(program -> program.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("review.settings.not-found"));
	}

	/** Only a city sets anything (its region's county review and deadlines); for anyone else the page does not exist. */
	private static String city(Caller caller) {
		if (caller.role() != Role.CITY_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("review.settings.not-found");
		}
		return Objects.requireNonNull(caller.regionCode());
	}

}
