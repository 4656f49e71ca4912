package shenbao.document.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.identity.Caller;

/**
 * {@code GET /files/{id}}: a stored PDF for the preview frame (inline) or, with {@code ?download=1}, to save. Only
 * for the unit that owns it and whoever a {@link shenbao.document.FileAccess} lets in; anyone else gets 404.
 */
@Controller
class FileController {

	private final FileDownloads downloads;

	FileController(FileDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			Caller caller) {
		return this.downloads.pdf(caller, id, download);
	}

}
