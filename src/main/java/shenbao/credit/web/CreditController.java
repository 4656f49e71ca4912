package shenbao.credit.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.credit.CreditList;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;

/**
 * 信用查询 ({@code /credit}): a single check by code, a batch check with the seed's template answered as Excel, and
 * for province reviewers the 失信 list with its import and removals. Refusals are shown on the page.
 */
@Controller
class CreditController {

	static final String VIEW = "credit/index";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CreditList credit;

	private final Texts texts;

	CreditController(CreditList credit, Texts texts) {
		this.credit = credit;
		this.texts = texts;
	}

	@GetMapping("/credit")
	String page(Caller caller, @RequestParam(required = false) @Nullable String code, Model model) {
		if (code != null && !code.isBlank()) {
			model.addAttribute("code", code);
			model.addAttribute("result", this.credit.check(caller, code));
		}
		return show(caller, model);
	}

	@GetMapping("/credit/template")
	void template(Caller caller, HttpServletResponse response) throws IOException {
		download(response, this.texts.of("credit.template.filename"));
		this.credit.writeTemplate(caller, response.getOutputStream());
	}

	@PostMapping("/credit/checks")
	@Nullable String checkAll(Caller caller, @RequestParam("file") MultipartFile file, HttpServletResponse response,
			Model model) throws IOException {
		// the answer is written after the whole upload has been read, so a refusal can still be a page
		java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
		try (InputStream content = file.getInputStream()) {
			this.credit.checkAll(caller, content, answer);
		}
		catch (InvalidInput refused) {
			model.addAttribute("checkError", this.texts.detailed(refused));
			return show(caller, model);
		}
		download(response, this.texts.of("credit.answer.filename"));
		answer.writeTo(response.getOutputStream());
		return null;
	}

	@PostMapping("/credit/imports")
	String importList(Caller caller, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("imported", this.credit.importList(caller, content));
		}
		catch (InvalidInput refused) {
			model.addAttribute("importError", this.texts.detailed(refused));
		}
		return show(caller, model);
	}

	@PostMapping("/credit/listings/{code}/removal")
	String remove(Caller caller, @PathVariable String code, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			this.credit.remove(caller, code, note);
			redirect.addFlashAttribute("removed", code);
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("removeError", this.texts.detailed(refused));
		}
		return "redirect:/credit";
	}

	private String show(Caller caller, Model model) {
		model.addAttribute("listings", this.credit.all(caller));
		model.addAttribute("manages", caller.role() == Role.PROVINCE_REVIEWER);
		return VIEW;
	}

	private static void download(HttpServletResponse response, String filename) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(filename, java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
	}

}
