package shenbao.document.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import shenbao.audit.AuditTrail;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.document.internal.FileReadAccess;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;

/**
 * A stored PDF as an HTTP answer, for the page and the API alike: only to whom {@link FileReadAccess} lets in (anyone
 * else: {@link NotFound}), shown in the browser (inline, for the preview frame) or saved (attachment), under its own
 * name, which RFC 6266 / RFC 5987 encoding keeps intact when it is Chinese ({@code filename*=UTF-8''…}).
 */
@Component
class FileDownloads {

	private final FileReadAccess access;

	private final Documents documents;

	private final AuditTrail audit;

	FileDownloads(FileReadAccess access, Documents documents, AuditTrail audit) {
		this.access = access;
		this.documents = documents;
		this.audit = audit;
	}

	ResponseEntity<Resource> pdf(Caller caller, UUID id, boolean download) {
		StoredFile file = this.access.readable(caller, id).orElseThrow(() -> new NotFound("document.not-found"));
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		this.audit.record(caller, download ? "DOWNLOAD" : "VIEW", "file:" + file.id(), file.filename());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.eTag(file.sha256())
			.body(new InputStreamResource(this.documents.open(file.id())));
	}

}
