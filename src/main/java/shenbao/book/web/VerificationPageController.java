package shenbao.book.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import shenbao.application.ApplicationView;
import shenbao.book.BookVerification;
import shenbao.book.Books;
import shenbao.platform.Texts;
import shenbao.platform.UnsupportedMedia;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/** {@code /books/verify}: anyone uploads a 申报书 and reads whether it is intact and whose it is. */
@Controller
class VerificationPageController {

	static final String VIEW = "book/verify";

	private final Books books;

	private final Texts texts;

	private final Programs programs;

	VerificationPageController(Books books, Texts texts, Programs programs) {
		this.books = books;
		this.texts = texts;
		this.programs = programs;
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
			BookVerification result = this.books.verify(content);
			model.addAttribute("result", result);
			model.addAttribute("filename", file.getOriginalFilename());
			// the number and the program's name, as the applicant knows them (not the database id and code)
			if (result.intact() && result.programCode() != null && result.applicationId() != null) {
				model.addAttribute("number", ApplicationView.number(result.programCode(), result.applicationId()));
				model.addAttribute("programName", this.programs.find(result.programCode())
					.map(ProgramDefinition::name)
					.orElse(result.programCode()));
			}
		}
		catch (UnsupportedMedia ex) {
			model.addAttribute("refusal", this.texts.of(ex));
		}
		return VIEW;
	}

}
