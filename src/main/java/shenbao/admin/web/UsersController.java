package shenbao.admin.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.admin.Creatable;
import shenbao.admin.Departments;
import shenbao.admin.NewUser;
import shenbao.admin.Users;
import shenbao.identity.Caller;
import shenbao.identity.CreatedAccount;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * 用户管理 ({@code /admin/users}). A one-time password is rendered straight into the answer to the post that made it
 * ({@code Cache-Control: no-store}), never put into a flash attribute, which would keep it in the session store.
 * A refused creation re-renders the form with what was typed and the refusal's status (422 for a level or region
 * the caller may not create, 400 for bad input, 409 for a taken username).
 */
@Controller
class UsersController {

	static final String VIEW = "admin/users";

	private final Users users;

	private final Departments departments;

	private final Regions regions;

	private final Texts texts;

	UsersController(Users users, Departments departments, Regions regions, Texts texts) {
		this.users = users;
		this.departments = departments;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/admin/users")
	String page(Caller caller, Model model) {
		return show(caller, model, UserForm.empty());
	}

	@PostMapping("/admin/users")
	String create(Caller caller, @ModelAttribute UserForm form, Model model, HttpServletResponse response) {
		try {
			Role role = role(form.role());
			CreatedAccount created = this.users.create(caller, new NewUser(UserForm.text(form.username()),
					UserForm.text(form.displayName()), role, UserForm.text(form.regionCode()), form.departmentId()));
			oneTimePassword(model, response, created);
			return show(caller, model, UserForm.empty());
		}
		catch (RuleViolation | InvalidInput | Conflict refused) {
			response.setStatus(status((PlatformException) refused).value());
			model.addAttribute("refusal", this.texts.detailed((PlatformException) refused));
			return show(caller, model, form);
		}
	}

	@PostMapping("/admin/users/{id}/department")
	String assignDepartment(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long departmentId, RedirectAttributes redirect) {
		try {
			this.users.assignDepartment(caller, id, departmentId);
			redirect.addFlashAttribute("notice", this.texts.of("admin.user.department-saved"));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("refusal", this.texts.detailed(refused));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(Caller caller, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		this.users.setEnabled(caller, id, enabled);
		redirect.addFlashAttribute("notice",
				this.texts.of(enabled ? "admin.user.enabled-done" : "admin.user.disabled-done"));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(Caller caller, @PathVariable long id, Model model, HttpServletResponse response) {
		oneTimePassword(model, response, this.users.resetPassword(caller, id));
		model.addAttribute("reset", true);
		return show(caller, model, UserForm.empty());
	}

	private void oneTimePassword(Model model, HttpServletResponse response, CreatedAccount account) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("created", account);
	}

	private String show(Caller caller, Model model, UserForm form) {
		List<Creatable> creatable = this.users.creatable(caller);
		if (creatable.isEmpty()) {
			throw new NotFound("admin.not-found");
		}
		model.addAttribute("members", this.users.list(caller));
		model.addAttribute("creatable", creatable);
		model.addAttribute("regionChoices", regionChoices(creatable));
		boolean takesDepartments = creatable.stream().anyMatch(Creatable::takesDepartment);
		model.addAttribute("departments", takesDepartments ? this.departments.list(caller) : List.of());
		model.addAttribute("form", form);
		return VIEW;
	}

	/** Every region any creatable role may go to, each once, with its full name ("甘肃省 武威市 凉州区"). */
	private Map<String, String> regionChoices(List<Creatable> creatable) {
		Map<String, String> choices = new LinkedHashMap<>();
		creatable.stream()
			.flatMap(kind -> kind.regions().stream())
			.map(Region::code)
			.forEach(code -> choices.putIfAbsent(code, this.regions.fullName(code)));
		return choices;
	}

	private static Role role(@Nullable String value) {
		Optional<Role> role = Arrays.stream(Role.values()).filter(candidate -> candidate.name().equals(value)).findFirst();
		return role.orElseThrow(() -> InvalidInput.field("role", "admin.user.role-required"));
	}

	private static HttpStatus status(PlatformException refusal) {
		return switch (refusal) {
			case RuleViolation violation -> HttpStatus.UNPROCESSABLE_CONTENT;
			case Conflict conflict -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

}
