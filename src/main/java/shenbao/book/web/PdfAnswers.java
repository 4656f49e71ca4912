package shenbao.book.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import shenbao.book.BookFile;

/** A book or receipt as an HTTP answer: a PDF to save, under its Chinese name (RFC 6266 {@code filename*}). */
final class PdfAnswers {

	private PdfAnswers() {
	}

	static ResponseEntity<Resource> download(BookFile file) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		var answer = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.size())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		if (file.sha256() != null) {
			answer.eTag(file.sha256());
		}
		return answer.body(new InputStreamResource(file.content().get()));
	}

}
