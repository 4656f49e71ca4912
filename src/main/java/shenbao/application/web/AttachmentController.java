package shenbao.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.application.ApplicationView;
import shenbao.audit.AuditTrail;
import shenbao.application.Applications;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.platform.Texts;
import shenbao.platform.UploadProperties;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * Evidence per slot on the form: upload (streamed), delete while editable, and inline preview or download within
 * the caller's scope. htmx gets the slot re-rendered plus the 表单助手 counts; a plain browser is redirected back.
 */
@Controller
class AttachmentController {

	private final Applications applications;

	private final Programs programs;

	private final Documents documents;

	private final Texts texts;

	private final UploadProperties uploads;

	private final UnitLibrary library;

	private final AuditTrail audit;

	AttachmentController(Applications applications, Programs programs, Documents documents, Texts texts,
			UploadProperties uploads, UnitLibrary library, AuditTrail audit) {
		this.audit = audit;
		this.applications = applications;
		this.programs = programs;
		this.documents = documents;
		this.texts = texts;
		this.uploads = uploads;
		this.library = library;
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}", headers = "HX-Request")
	String uploadInline(Caller caller, @PathVariable long id, @PathVariable String slot,
			@RequestParam(required = false) MultipartFile file, Model model) {
		model.addAttribute("uploadError", upload(caller, id, slot, file));
		return answer(caller, id, slot, model);
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}", headers = "!HX-Request")
	String upload(Caller caller, @PathVariable long id, @PathVariable String slot,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		String error = upload(caller, id, slot, file);
		if (error != null) {
			redirect.addFlashAttribute("uploadError", error);
			redirect.addFlashAttribute("uploadSlot", slot);
		}
		return "redirect:/applications/{id}#slot-" + slot;
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}/import", headers = "HX-Request")
	String importInline(Caller caller, @PathVariable long id, @PathVariable String slot,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		model.addAttribute("uploadError", importFromLibrary(caller, id, slot, request));
		return answer(caller, id, slot, model);
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}/import", headers = "!HX-Request")
	String importFromLibrary(Caller caller, @PathVariable long id, @PathVariable String slot,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		String error = importFromLibrary(caller, id, slot, request);
		if (error != null) {
			redirect.addFlashAttribute("uploadError", error);
			redirect.addFlashAttribute("uploadSlot", slot);
		}
		return "redirect:/applications/{id}#slot-" + slot;
	}

	/** The chosen 附件库 item comes as {@code library-<slot>}, so one page can offer it for every slot. */
	private String importFromLibrary(Caller caller, long id, String slot, jakarta.servlet.http.HttpServletRequest request) {
		String chosen = request.getParameter("library-" + slot);
		if (chosen == null || !chosen.matches("\\d{1,18}")) {
			return this.texts.of("application.slot.choose-library-item");
		}
		this.applications.attachFromLibrary(caller, id, slot, Long.parseLong(chosen));
		return null;
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}/delete", headers = "HX-Request")
	String deleteInline(Caller caller, @PathVariable long id, @PathVariable String slot, Model model) {
		this.applications.detach(caller, id, slot);
		return answer(caller, id, slot, model);
	}

	@PostMapping(path = "/applications/{id}/attachments/{slot}/delete", headers = "!HX-Request")
	String delete(Caller caller, @PathVariable long id, @PathVariable String slot) {
		this.applications.detach(caller, id, slot);
		return "redirect:/applications/{id}#slot-" + slot;
	}

	@GetMapping("/applications/{id}/attachments/{slot}")
	ResponseEntity<InputStreamResource> file(Caller caller, @PathVariable long id, @PathVariable String slot,
			@RequestParam(defaultValue = "0") int download) {
		UUID fileId = this.applications.attachmentFile(caller, id, slot);
		StoredFile file = this.documents.find(fileId).orElseThrow(() -> new NotFound("application.attachment.not-found"));
		InputStream content = this.documents.open(fileId);
		this.audit.record(caller, download == 1 ? "DOWNLOAD" : "VIEW", "application:" + id,
				slot + " " + file.filename());
		ContentDisposition disposition = (download == 1 ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	/** @return a Chinese message when the upload is refused, else null */
	private String upload(Caller caller, long id, String slot, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return this.texts.of("application.slot.choose-file");
		}
		try (InputStream content = file.getInputStream()) {
			this.applications.attach(caller, id, slot, content, String.valueOf(file.getOriginalFilename()));
			return null;
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			return this.texts.of(ex);
		}
		catch (IOException ex) {
			return this.texts.of("application.slot.upload-failed");
		}
	}

	private String answer(Caller caller, long id, String slot, Model model) {
		ApplicationView view = this.applications.get(caller, id);
		ProgramDefinition program = this.programs.get(view.programCode());
		model.addAttribute("page", new FormPage(view, program, FormModel.of(program, view.values(), view.selfScores()),
				this.uploads.maxSizeInMegabytes(), this.library.list(view.unitId())));
		model.addAttribute("slot", program.attachmentSlots()
			.stream()
			.filter(candidate -> candidate.key().equals(slot))
			.findFirst()
			.orElseThrow(() -> new NotFound("application.attachment.not-found")));
		model.addAttribute("uploadSlot", slot);
		return "application/slot-answer :: answer";
	}


}
