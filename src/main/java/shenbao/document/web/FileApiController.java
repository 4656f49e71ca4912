package shenbao.document.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shenbao.identity.Caller;

/** {@code GET /api/v1/files/{id}}: the same file as {@code /files/{id}}, for API clients, under the same rule. */
@RestController
class FileApiController {

	private final FileDownloads downloads;

	FileApiController(FileDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/api/v1/files/{id}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			Caller caller) {
		return this.downloads.pdf(caller, id, download);
	}

}
