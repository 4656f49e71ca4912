package shenbao.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationView;
import shenbao.application.ApplicationView.Attachment;
import shenbao.application.ApplicationView.HistoryEntry;
import shenbao.application.ApplicationView.SectionChecks;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;

/** SPEC §10, the applicant calls: fixed paths, fields and status codes. */
@RestController
class ApplicationApiController {

	private final Applications applications;

	ApplicationApiController(Applications applications) {
		this.applications = applications;
	}

	@PostMapping("/api/v1/applications")
	@ResponseStatus(HttpStatus.CREATED)
	Started start(Caller caller, @RequestBody StartRequest request) {
		if (request.programCode() == null || request.programCode().isBlank()) {
			throw required("programCode");
		}
		ApplicationView view = this.applications.start(caller, request.programCode());
		return new Started(view.id(), view.status(), view.version());
	}

	@GetMapping("/api/v1/applications")
	List<Summary> mine(Caller caller) {
		return this.applications.mine(caller)
			.stream()
			.map(view -> new Summary(view.id(), view.programCode(), view.programName(), view.status(), view.version(),
					view.failingChecks()))
			.toList();
	}

	@GetMapping("/api/v1/applications/{id}")
	Detail get(Caller caller, @PathVariable long id) {
		ApplicationView view = this.applications.get(caller, id);
		return new Detail(view.id(), view.programCode(), view.unitName(), view.regionCode(), view.status(),
				view.version(), view.values(), view.selfScores(), view.attachments(), view.checks(), view.history(),
				view.suggested().indicators());
	}

	@PutMapping("/api/v1/applications/{id}/values")
	Saved save(Caller caller, @PathVariable long id, @RequestBody SaveRequest request) {
		if (request.version() == null) {
			throw required("version");
		}
		Applications.Saved saved = this.applications.save(caller, id,
				request.values() == null ? Map.of() : request.values(),
				request.selfScores() == null ? Map.of() : request.selfScores(), request.version(), false);
		return new Saved(saved.version(), saved.checks(), saved.suggestedScores());
	}

	@PostMapping(path = "/api/v1/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Uploaded upload(Caller caller, @PathVariable long id, @RequestParam(required = false) @Nullable String slot,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (slot == null || slot.isBlank()) {
			throw required("slot");
		}
		if (file == null || file.isEmpty()) {
			throw required("file");
		}
		try (InputStream content = file.getInputStream()) {
			return uploaded(this.applications.attach(caller, id, slot, content, String.valueOf(file.getOriginalFilename())));
		}
		catch (TooLarge ex) {
			throw ex.forField("file");
		}
		catch (UnsupportedMedia ex) {
			throw ex.forField("file");
		}
	}

	/**
	 * The same upload without multipart: the request body is the PDF itself ({@code Content-Type: application/pdf},
	 * name in {@code ?filename=}). It is streamed into storage in one pass, with no multipart parsing and no spool file,
	 * which makes large files several times faster for API clients.
	 */
	@PutMapping(path = "/api/v1/applications/{id}/attachments/{slot}", consumes = MediaType.APPLICATION_PDF_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Uploaded uploadRaw(Caller caller, @PathVariable long id, @PathVariable String slot,
			@RequestParam(required = false) @Nullable String filename, HttpServletRequest request) throws IOException {
		String name = filename == null || filename.isBlank() ? slot + ".pdf" : filename;
		try (InputStream content = request.getInputStream()) {
			return uploaded(this.applications.attach(caller, id, slot, content, name));
		}
		catch (TooLarge ex) {
			throw ex.forField("file");
		}
		catch (UnsupportedMedia ex) {
			throw ex.forField("file");
		}
	}

	/** Puts a file of the unit's 附件库 into a slot: {@code {"slot", "libraryItemId"}}. */
	@PostMapping(path = "/api/v1/applications/{id}/attachments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Uploaded importFromLibrary(Caller caller, @PathVariable long id, @RequestBody LibraryImport request) {
		if (request.slot() == null || request.slot().isBlank()) {
			throw required("slot");
		}
		if (request.libraryItemId() == null) {
			throw required("libraryItemId");
		}
		return uploaded(this.applications.attachFromLibrary(caller, id, request.slot(), request.libraryItemId()));
	}

	@GetMapping("/api/v1/applications/{id}/revisions")
	List<shenbao.application.DraftRevision> revisions(Caller caller, @PathVariable long id) {
		return this.applications.revisions(caller, id);
	}

	/** Brings one section back from an earlier state: {@code {"section", "version"}}. */
	@PostMapping("/api/v1/applications/{id}/revisions/{revision}/restore")
	Saved restore(Caller caller, @PathVariable long id, @PathVariable long revision, @RequestBody RestoreRequest request) {
		if (request.section() == null || request.section().isBlank()) {
			throw required("section");
		}
		if (request.version() == null) {
			throw required("version");
		}
		Applications.Saved saved = this.applications.restoreSection(caller, id, revision, request.section(),
				request.version());
		return new Saved(saved.version(), saved.checks(), saved.suggestedScores());
	}

	private static Uploaded uploaded(Attachment attachment) {
		return new Uploaded(attachment.id(), attachment.slot(), attachment.filename(), attachment.size(),
				attachment.sha256());
	}

	@PostMapping("/api/v1/applications/{id}/submit")
	Submitted submit(Caller caller, @PathVariable long id) {
		return new Submitted(this.applications.submit(caller, id).status());
	}

	private static InvalidInput required(String field) {
		return new InvalidInput("platform.input.invalid", List.of(FieldProblem.ofKey(field, "platform.input.required")));
	}

	record StartRequest(@Nullable String programCode) {
	}

	record Started(long id, ApplicationStatus status, long version) {
	}

	record Summary(long id, String programCode, String programName, ApplicationStatus status, long version,
			int failingChecks) {
	}

	record Detail(long id, String programCode, String unitName, String regionCode, ApplicationStatus status,
			long version, Map<String, Object> values, Map<String, BigDecimal> selfScores, List<Attachment> attachments,
			List<SectionChecks> checks, List<HistoryEntry> history,
			List<shenbao.scoring.ScoreSheet.IndicatorScore> suggested) {
	}

	record SaveRequest(@Nullable Map<String, @Nullable Object> values,
			@Nullable Map<String, @Nullable Object> selfScores, @Nullable Long version) {
	}

	record Saved(long version, List<SectionChecks> checks, Map<String, BigDecimal> suggestedScores) {
	}

	record Uploaded(long id, String slot, String filename, long size, String sha256) {
	}

	record Submitted(ApplicationStatus status) {
	}

	record LibraryImport(@Nullable String slot, @Nullable Long libraryItemId) {
	}

	record RestoreRequest(@Nullable String section, @Nullable Long version) {
	}

}
