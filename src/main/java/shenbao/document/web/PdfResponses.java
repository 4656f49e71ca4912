package shenbao.document.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import shenbao.document.StoredFile;

/**
 * A stored PDF as an HTTP answer: shown in the browser (inline, for the preview frame) or saved (attachment), under
 * its own name, which RFC 6266 / RFC 5987 encoding keeps intact when it is Chinese ({@code filename*=UTF-8''…}).
 */
final class PdfResponses {

	private PdfResponses() {
	}

	static ResponseEntity<Resource> pdf(StoredFile file, InputStream content, boolean download) {
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.eTag(file.sha256())
			.body(new InputStreamResource(content));
	}

}
