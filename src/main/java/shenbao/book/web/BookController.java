package shenbao.book.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import shenbao.book.Books;
import shenbao.identity.Caller;

/**
 * The 申报书 and the 回执 for people: {@code /applications/{id}/book} (下载申报书, for the unit and for reviewers),
 * the printable receipt page and its PDF. Outside the caller's scope: 404.
 */
@Controller
class BookController {

	private final Books books;

	BookController(Books books) {
		this.books = books;
	}

	@GetMapping("/applications/{id}/book")
	ResponseEntity<Resource> book(Caller caller, @PathVariable long id) {
		return PdfAnswers.download(this.books.book(caller, id));
	}

	@GetMapping("/applications/{id}/receipt")
	String receipt(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("receipt", this.books.receipt(caller, id));
		return "book/receipt";
	}

	@GetMapping("/applications/{id}/receipt/pdf")
	ResponseEntity<Resource> receiptPdf(Caller caller, @PathVariable long id) {
		return PdfAnswers.download(this.books.receiptPdf(caller, id));
	}

}
