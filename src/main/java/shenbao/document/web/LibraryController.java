package shenbao.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;
import shenbao.platform.UploadProperties;

/**
 * 附件库 ({@code /profile/library}): the applicant's unit library with upload, preview, download and delete. Each
 * action is a plain form (post, then redirect) that htmx enhances by answering the {@code library} fragment on the
 * same URL. A refused upload keeps the kind and title and says why next to the file field.
 */
@Controller
@RequestMapping("/profile/library")
class LibraryController {

	static final String VIEW = "document/library";

	static final String LIBRARY_FRAGMENT = VIEW + " :: library";

	static final String ITEM_VIEW = "document/library-item";

	static final String PREVIEW_FRAGMENT = ITEM_VIEW + " :: preview";

	static final String DELETE_VIEW = "document/library-delete";

	private static final String REDIRECT = "redirect:/profile/library";

	private final UnitLibrary library;

	private final UploadProperties uploads;

	private final MessageSource messages;

	LibraryController(UnitLibrary library, UploadProperties uploads, MessageSource messages) {
		this.library = library;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String page(Caller caller, Model model) {
		show(model, unit(caller), LibraryForm.empty(), Map.of());
		return VIEW;
	}

	@PostMapping
	String add(Caller caller, LibraryForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		long unitId = unit(caller);
		Map<String, String> errors = new LinkedHashMap<>();
		LibraryItem added = store(unitId, form, binding, file, errors);
		if (added == null) {
			show(model, unitId, form, errors);
			return VIEW;
		}
		redirect.addFlashAttribute("added", added.title());
		return REDIRECT;
	}

	@PostMapping(headers = "HX-Request=true")
	String addInline(Caller caller, LibraryForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		long unitId = unit(caller);
		Map<String, String> errors = new LinkedHashMap<>();
		LibraryItem added = store(unitId, form, binding, file, errors);
		if (added == null) {
			show(model, unitId, form, errors);
		}
		else {
			model.addAttribute("added", added.title());
			show(model, unitId, LibraryForm.empty(), Map.of());
		}
		return LIBRARY_FRAGMENT;
	}

	/** The item with its file shown inline; under htmx only the preview, into the page's preview area. */
	@GetMapping("/{itemId}")
	String item(Caller caller, @PathVariable long itemId, Model model) {
		model.addAttribute("item", LibraryRow.of(this.library.get(unit(caller), itemId)));
		return ITEM_VIEW;
	}

	@GetMapping(path = "/{itemId}", headers = "HX-Request=true")
	String preview(Caller caller, @PathVariable long itemId, Model model) {
		item(caller, itemId, model);
		return PREVIEW_FRAGMENT;
	}

	/** Without JavaScript, deleting asks on a page of its own; with htmx, {@code hx-confirm} asks. */
	@GetMapping("/{itemId}/delete")
	String confirmDelete(Caller caller, @PathVariable long itemId, Model model) {
		model.addAttribute("item", LibraryRow.of(this.library.get(unit(caller), itemId)));
		return DELETE_VIEW;
	}

	@PostMapping("/{itemId}/delete")
	String delete(Caller caller, @PathVariable long itemId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("removed", remove(unit(caller), itemId));
		return REDIRECT;
	}

	@PostMapping(path = "/{itemId}/delete", headers = "HX-Request=true")
	String deleteInline(Caller caller, @PathVariable long itemId, Model model) {
		long unitId = unit(caller);
		model.addAttribute("removed", remove(unitId, itemId));
		show(model, unitId, LibraryForm.empty(), Map.of());
		return LIBRARY_FRAGMENT;
	}

	private @Nullable LibraryItem store(long unitId, LibraryForm form, BindingResult binding,
			@Nullable MultipartFile file, Map<String, String> errors) throws IOException {
		if (form.kind() == null || binding.hasFieldErrors("kind")) {
			errors.put("kind", text("document.library.kind.required"));
		}
		if (file == null || (file.isEmpty() && Objects.requireNonNullElse(file.getOriginalFilename(), "").isEmpty())) {
			errors.put("file", text("document.library.file.required"));
		}
		if (!errors.isEmpty() || form.kind() == null || file == null) {
			return null;
		}
		try (InputStream content = file.getInputStream()) {
			return this.library.add(unitId, form.kind(), form.title(), content,
					Objects.requireNonNullElse(file.getOriginalFilename(), ""));
		}
		catch (InvalidInput ex) {
			ex.fieldProblems().forEach(problem -> errors.put(problem.field(), text(problem.key(), problem.arguments())));
		}
		catch (UnsupportedMedia | TooLarge ex) {
			errors.put("file", text(ex));
		}
		return null;
	}

	private String remove(long unitId, long itemId) {
		String title = this.library.get(unitId, itemId).title();
		this.library.remove(unitId, itemId);
		return title;
	}

	private void show(Model model, long unitId, LibraryForm form, Map<String, String> errors) {
		model.addAttribute("rows", this.library.list(unitId).stream().map(LibraryRow::of).toList());
		model.addAttribute("kinds", LibraryKind.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxSize", this.uploads.maxSize().toBytes());
		model.addAttribute("maxSizeMegabytes", this.uploads.maxSizeInMegabytes());
	}

	/** Only applicants have a unit, hence a library; for anyone else the page does not exist. */
	private static long unit(Caller caller) {
		if (caller.unitId() == null) {
			throw new NotFound("document.library.not-found");
		}
		return caller.unitId();
	}

	private String text(PlatformException refusal) {
		return text(refusal.messageKey(), refusal.arguments());
	}

	private String text(@Nullable String key, Object... arguments) {
		return this.messages.getMessage(Objects.requireNonNull(key), arguments, LocaleContextHolder.getLocale());
	}

}
