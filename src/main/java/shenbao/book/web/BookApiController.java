package shenbao.book.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import shenbao.book.BookVerification;
import shenbao.book.Books;
import shenbao.identity.Caller;

/** SPEC §10: the 申报书 PDF of an application, and the public check of an uploaded one. */
@RestController
class BookApiController {

	private final Books books;

	BookApiController(Books books) {
		this.books = books;
	}

	@Operation(summary = "The application book (PDF): sealed once submitted, the current draft before; 404 outside scope")
	@GetMapping(path = "/api/v1/applications/{id}/book", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<Resource> book(Caller caller, @PathVariable long id) {
		return PdfAnswers.download(this.books.book(caller, id));
	}

	@Operation(summary = "Is this application book intact (sealed by the platform, unchanged), and whose is it")
	@PostMapping(path = "/api/v1/books/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	BookVerification verify(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return this.books.verify(content);
		}
	}

}
