package shenbao.document.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.document.internal.FileReadAccess;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;

/** {@code GET /api/v1/files/{id}}: the same file as {@code /files/{id}}, for API clients, under the same rule. */
@RestController
class FileApiController {

	private final FileReadAccess access;

	private final Documents documents;

	FileApiController(FileReadAccess access, Documents documents) {
		this.access = access;
		this.documents = documents;
	}

	@GetMapping("/api/v1/files/{id}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			Caller caller) {
		StoredFile file = this.access.readable(caller, id).orElseThrow(() -> new NotFound("document.not-found"));
		return PdfResponses.pdf(file, this.documents.open(file.id()), download);
	}

}
