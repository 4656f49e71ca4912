package shenbao.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.identity.Callers;
import shenbao.identity.CreditCode;
import shenbao.identity.CreditCode.Defect;
import shenbao.identity.Registration;
import shenbao.identity.Registrations;
import shenbao.identity.UnitType;
import shenbao.identity.internal.SessionSignIn;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;

/**
 * The 注册 page (SPEC §4). A plain form that works without JavaScript; htmx adds the credit-code check as the
 * person types and the county list when a city is chosen. After registering, the person is signed in and lands on
 * the unit profile, so they can check what they typed and go on to the attachment library.
 */
@Controller
class RegistrationController {

	static final String VIEW = "identity/register";

	static final String CREDIT_CODE_MESSAGE = VIEW + " :: credit-code-message";

	/** The fields in page order, for the error summary. */
	static final List<String> FIELDS = List.of("creditCode", "unitName", "unitType", RegionChoices.CITY_FIELD,
			RegionChoices.COUNTY_FIELD, "contactName", "contactPhone", "username", "password", "confirmPassword");

	private final Registrations registrations;

	private final SessionSignIn signIn;

	private final RegionChoices regions;

	private final FieldMessages messages;

	private final Callers callers;

	RegistrationController(Registrations registrations, SessionSignIn signIn, RegionChoices regions,
			FieldMessages messages, Callers callers) {
		this.registrations = registrations;
		this.signIn = signIn;
		this.regions = regions;
		this.messages = messages;
		this.callers = callers;
	}

	@GetMapping("/register")
	String form(Model model) {
		if (this.callers.find().isPresent()) {
			return "redirect:/workbench";
		}
		return page(RegistrationForm.empty(), List.of(), model);
	}

	@PostMapping("/register")
	String register(RegistrationForm form, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> pageProblems = new ArrayList<>();
		this.regions.countyOutsideCity(form.cityCode(), form.countyCode()).ifPresent(pageProblems::add);
		if (form.passwordsDiffer()) {
			pageProblems.add(FieldProblem.ofKey("confirmPassword", "identity.password.mismatch"));
		}
		if (!pageProblems.isEmpty()) {
			List<FieldProblem> problems = new ArrayList<>(this.registrations.check(form.request()));
			problems.addAll(pageProblems);
			return page(form, problems, model);
		}
		try {
			Registration registration = this.registrations.register(form.request());
			this.signIn.signIn(registration.username(), request, response);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/profile";
		}
		catch (InvalidInput ex) {
			return page(form, ex.fieldProblems(), model);
		}
		catch (Conflict ex) {
			String field = Registrations.CREDIT_CODE_TAKEN.equals(ex.messageKey()) ? "creditCode" : "username";
			return page(form, List.of(FieldProblem.ofKey(field, ex.messageKey())), model);
		}
	}

	/**
	 * The message beside the credit code while it is typed (htmx): how many characters so far, what is wrong, that
	 * it is already registered, or that it is valid. Nothing for an empty field.
	 */
	@GetMapping("/register/credit-code")
	String checkCreditCode(@RequestParam(defaultValue = "") String creditCode, Model model) {
		String code = creditCode.strip().toUpperCase(Locale.ROOT);
		Optional<Defect> defect = code.isEmpty() ? Optional.empty() : CreditCode.defectOf(code);
		if (code.isEmpty()) {
			message(model, null, "");
		}
		else if (defect.isPresent() && defect.get() == Defect.LENGTH && code.length() < 18) {
			message(model, this.messages.text("identity.registration.credit-code.typing", code.length()), "hint");
		}
		else if (defect.isPresent()) {
			message(model, this.messages.text(defect.get().messageKey()), "error");
		}
		else if (this.registrations.isRegistered(new CreditCode(code))) {
			message(model, this.messages.text(Registrations.CREDIT_CODE_TAKEN), "error");
		}
		else {
			message(model, this.messages.text("identity.registration.credit-code.ok"), "ok");
		}
		return CREDIT_CODE_MESSAGE;
	}

	private String page(RegistrationForm form, List<FieldProblem> problems, Model model) {
		List<FieldProblem> onPage = problems.stream()
			.map(problem -> this.regions.placed(problem, form.cityCode(), form.countyCode()))
			.toList();
		var errors = this.messages.inPageOrder(onPage, FIELDS);
		model.addAttribute("form", form);
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("errors", errors);
		message(model, errors.get("creditCode"), "error");
		this.regions.addTo(model, form.cityCode(), form.countyCode());
		return VIEW;
	}

	private static void message(Model model, @Nullable String text, String state) {
		model.addAttribute("creditCodeMessage", text);
		model.addAttribute("creditCodeState", state);
	}

}
