package shenbao.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import shenbao.document.LibraryItem;
import shenbao.document.LibraryKind;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;

/**
 * The caller's unit library over the API (SPEC §10: whatever an applicant does in the UI, an API client can do).
 * Callers without a unit (reviewers, experts) have no library: 404.
 */
@RestController
@RequestMapping("/api/v1/library")
class LibraryApiController {

	private final UnitLibrary library;

	LibraryApiController(UnitLibrary library) {
		this.library = library;
	}

	@GetMapping
	List<LibraryItemResponse> list(Caller caller) {
		return this.library.list(unit(caller)).stream().map(LibraryItemResponse::of).toList();
	}

	/** Multipart {@code kind}, {@code title} (optional) and {@code file}: 201; 415 not a PDF; 413 too large. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<LibraryItemResponse> add(Caller caller, @RequestParam LibraryKind kind,
			@RequestParam(required = false) @Nullable String title, @RequestParam MultipartFile file)
			throws IOException {
		long unitId = unit(caller);
		LibraryItem item;
		try (InputStream content = file.getInputStream()) {
			item = this.library.add(unitId, kind, title, content, Objects.requireNonNullElse(file.getOriginalFilename(), ""));
		}
		catch (UnsupportedMedia ex) {
			throw ex.forField("file");
		}
		catch (TooLarge ex) {
			throw ex.forField("file");
		}
		return ResponseEntity.created(URI.create("/api/v1/library/" + item.id())).body(LibraryItemResponse.of(item));
	}

	@GetMapping("/{itemId}")
	LibraryItemResponse get(Caller caller, @PathVariable long itemId) {
		return LibraryItemResponse.of(this.library.get(unit(caller), itemId));
	}

	@DeleteMapping("/{itemId}")
	ResponseEntity<Void> remove(Caller caller, @PathVariable long itemId) {
		this.library.remove(unit(caller), itemId);
		return ResponseEntity.noContent().build();
	}

	private static long unit(Caller caller) {
		if (caller.unitId() == null) {
			throw new NotFound("document.library.not-found");
		}
		return caller.unitId();
	}

}
