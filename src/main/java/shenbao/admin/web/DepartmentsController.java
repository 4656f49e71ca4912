package shenbao.admin.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.admin.Departments;
import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * 部门管理 and 责任科室 ({@code /admin/departments}) for city and county admins: plain forms, post-redirect-get, a
 * refusal shown as an alert above the lists. Everyone else gets "not found" from the facade.
 */
@Controller
class DepartmentsController {

	static final String VIEW = "admin/departments";

	static final String PAGE = "redirect:/admin/departments";

	private final Departments departments;

	private final Texts texts;

	DepartmentsController(Departments departments, Texts texts) {
		this.departments = departments;
		this.texts = texts;
	}

	@GetMapping("/admin/departments")
	String page(Caller caller, Model model) {
		model.addAttribute("departments", this.departments.list(caller));
		model.addAttribute("responsibilities", this.departments.responsibilities(caller));
		return VIEW;
	}

	@PostMapping("/admin/departments")
	String create(Caller caller, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		return act(redirect, "admin.department.created", () -> this.departments.create(caller, name));
	}

	@PostMapping("/admin/departments/{id}/name")
	String rename(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, "admin.department.renamed", () -> this.departments.rename(caller, id, name, version));
	}

	@PostMapping("/admin/departments/{id}/removal")
	String delete(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "admin.department.deleted", () -> this.departments.delete(caller, id));
	}

	/** One program (a row's own button) or several (the checked rows and 批量设置责任科室) get one department. */
	@PostMapping("/admin/responsibilities")
	String assign(Caller caller, @RequestParam(name = "programs", required = false) @Nullable List<String> programs,
			@RequestParam(required = false) @Nullable Long departmentId, RedirectAttributes redirect) {
		return act(redirect, "admin.responsibility.saved", () -> {
			if (departmentId == null) {
				throw InvalidInput.field("departmentId", "admin.responsibility.no-department");
			}
			this.departments.assign(caller, programs == null ? List.of() : programs, departmentId);
		});
	}

	/** Runs a change; a refusal other than "not found" becomes the page's alert, a success its notice. */
	private String act(RedirectAttributes redirect, String doneKey, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", this.texts.of(doneKey));
		}
		catch (InvalidInput | Conflict refused) {
			redirect.addFlashAttribute("refusal", this.texts.detailed((PlatformException) refused));
		}
		return PAGE;
	}

}
