package shenbao.document.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.document.internal.FileReadAccess;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;

/**
 * {@code GET /files/{id}}: a stored PDF for the preview frame (inline) or, with {@code ?download=1}, to save. Only
 * for the unit that owns it and whoever a {@link shenbao.document.FileAccess} lets in; anyone else gets 404.
 */
@Controller
class FileController {

	private final FileReadAccess access;

	private final Documents documents;

	FileController(FileReadAccess access, Documents documents) {
		this.access = access;
		this.documents = documents;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			Caller caller) {
		StoredFile file = this.access.readable(caller, id).orElseThrow(() -> new NotFound("document.not-found"));
		return PdfResponses.pdf(file, this.documents.open(file.id()), download);
	}

}
