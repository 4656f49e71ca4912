package shenbao.book.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import shenbao.book.Books;
import shenbao.platform.Texts;
import shenbao.platform.UnsupportedMedia;

/** {@code /books/verify}: anyone uploads a 申报书 and reads whether it is intact and whose it is. */
@Controller
class VerificationPageController {

	static final String VIEW = "book/verify";

	private final Books books;

	private final Texts texts;

	VerificationPageController(Books books, Texts texts) {
		this.books = books;
		this.texts = texts;
	}

	@GetMapping("/books/verify")
	String form() {
		return VIEW;
	}

	@PostMapping("/books/verify")
	String verify(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("refusal", this.texts.of("book.verify.file.required"));
			return VIEW;
		}
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("result", this.books.verify(content));
			model.addAttribute("filename", file.getOriginalFilename());
		}
		catch (UnsupportedMedia ex) {
			model.addAttribute("refusal", this.texts.of(ex));
		}
		return VIEW;
	}

}
