package shenbao.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.identity.Caller;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.Texts;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;
import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;
import shenbao.portal.Publicities;
import shenbao.program.Programs;

/**
 * 门户管理 ({@code /portal/admin}): province staff publish and edit notices, policies, guides (with their PDF) and
 * FAQ, and reach their 公示. Everyone else is told the page does not exist.
 */
@Controller
class PortalAdminController {

	static final String INDEX = "portal/admin/index";

	static final String EDIT = "portal/admin/item";

	private final PortalContent content;

	private final Publicities publicities;

	private final Programs programs;

	private final Texts texts;

	PortalAdminController(PortalContent content, Publicities publicities, Programs programs, Texts texts) {
		this.content = content;
		this.publicities = publicities;
		this.programs = programs;
		this.texts = texts;
	}

	@GetMapping("/portal/admin")
	String index(Caller caller, Model model) {
		requireManager(caller);
		Map<ItemKind, List<PortalItem>> itemsByKind = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			itemsByKind.put(kind, this.content.list(kind, null));
		}
		model.addAttribute("itemsByKind", itemsByKind);
		model.addAttribute("kinds", ItemKind.values());
		model.addAttribute("publicities", this.publicities.managed(caller));
		model.addAttribute("programs", this.programs.all()
			.stream()
			.filter(program -> program.province().equals(caller.regionCode()))
			.toList());
		return INDEX;
	}

	@GetMapping("/portal/admin/items/new")
	String create(Caller caller, @RequestParam ItemKind kind, Model model) {
		requireManager(caller);
		return edit(null, ItemForm.empty(kind), kind, Map.of(), model);
	}

	@GetMapping("/portal/admin/items/{id}")
	String open(Caller caller, @PathVariable long id, @RequestParam ItemKind kind, Model model) {
		requireManager(caller);
		PortalItem item = this.content.get(kind, id);
		model.addAttribute("item", item);
		return edit(id, ItemForm.of(item), kind, Map.of(), model);
	}

	@PostMapping("/portal/admin/items")
	String publish(Caller caller, ItemForm form, Model model, RedirectAttributes redirect) {
		return save(caller, null, form, model, redirect);
	}

	@PostMapping("/portal/admin/items/{id}")
	String update(Caller caller, @PathVariable long id, ItemForm form, Model model, RedirectAttributes redirect) {
		return save(caller, id, form, model, redirect);
	}

	@PostMapping("/portal/admin/items/{id}/file")
	String attach(Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream bytes = file.getInputStream()) {
			this.content.attachFile(caller, id, bytes,
					file.getOriginalFilename() == null ? "guide.pdf" : file.getOriginalFilename());
			redirect.addFlashAttribute("saved", true);
		}
		catch (UnsupportedMedia | TooLarge refused) {
			redirect.addFlashAttribute("fileError", this.texts.of(refused));
		}
		return "redirect:/portal/admin/items/" + id + "?kind=GUIDE";
	}

	@PostMapping("/portal/admin/items/{id}/deletion")
	String delete(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		this.content.delete(caller, id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/portal/admin";
	}

	private String save(Caller caller, @Nullable Long id, ItemForm form, Model model, RedirectAttributes redirect) {
		requireManager(caller);
		ItemKind kind = form.kind() == null ? ItemKind.POLICY : form.kind();
		try {
			PortalItem saved = this.content.save(caller, id, form.draft(kind));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/portal/admin/items/" + saved.id() + "?kind=" + saved.kind();
		}
		catch (InvalidInput refused) {
			return edit(id, form, kind, FormErrors.of(this.texts, refused), model);
		}
		catch (Conflict stale) {
			return edit(id, form, kind, Map.of("form", this.texts.of(stale)), model);
		}
	}

	private String edit(@Nullable Long id, ItemForm form, ItemKind kind, Map<String, String> errors, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("kind", kind);
		model.addAttribute("errors", errors);
		model.addAttribute("fields", NoticeField.values());
		model.addAttribute("types", NoticeType.values());
		model.addAttribute("programs", this.programs.all());
		return EDIT;
	}

	private void requireManager(Caller caller) {
		if (!this.content.manages(caller)) {
			throw new NotFound("portal.admin.not-found");
		}
	}

}
