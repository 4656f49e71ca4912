package shenbao.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;
import shenbao.portal.ObjectionCategory;
import shenbao.portal.ObjectionFiling;
import shenbao.portal.ObjectorKind;
import shenbao.portal.Publicities;
import shenbao.portal.Publicity;

/**
 * 结果公示 (seed 002 §3.1.3), newest first; each 公示 with its list and the 公示异议 form, which — unlike the seed's
 * platform, which sends objectors to a separate forum — files the objection here, as a case the province answers.
 */
@Controller
class PublicityController {

	static final String RESULTS = "portal/results";

	static final String PAGE = "portal/publicity";

	static final String FINAL = "portal/final-list";

	private final Publicities publicities;

	private final Texts texts;

	PublicityController(Publicities publicities, Texts texts) {
		this.publicities = publicities;
		this.texts = texts;
	}

	@GetMapping("/portal/results")
	String results(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
		model.addAttribute("results", this.publicities.results(words));
		model.addAttribute("q", words == null ? "" : words);
		return RESULTS;
	}

	@GetMapping("/portal/publicity/{id}")
	String publicity(@PathVariable long id, Model model) {
		return show(this.publicities.get(id), ObjectionForm.empty(), Map.of(), model);
	}

	@GetMapping("/portal/publicity/{id}/final")
	String finalList(@PathVariable long id, Model model) {
		Publicity publicity = this.publicities.get(id);
		if (!publicity.isFinal()) {
			return "redirect:/portal/publicity/" + id;
		}
		model.addAttribute("publicity", publicity);
		return FINAL;
	}

	@PostMapping("/portal/publicity/{id}/objections")
	String object(@PathVariable long id, ObjectionForm form,
			@RequestParam(name = "letter", required = false) @Nullable MultipartFile letter,
			@RequestParam(name = "evidence", required = false) @Nullable MultipartFile evidence, Model model,
			RedirectAttributes redirect) throws IOException {
		Publicity publicity = this.publicities.get(id);
		try (InputStream letterBytes = present(letter) ? letter.getInputStream() : null;
				InputStream evidenceBytes = present(evidence) ? evidence.getInputStream() : null) {
			ObjectionFiling filing = new ObjectionFiling(form.entryId() == null ? -1 : form.entryId(),
					form.category() == null ? ObjectionCategory.OBJECTION : form.category(),
					form.objectorKind() == null ? ObjectorKind.PERSON : form.objectorKind(), form.name(),
					form.phone(), form.email(), form.content(),
					letterBytes == null ? null : new ObjectionFiling.Upload(letterBytes, letter.getOriginalFilename()),
					evidenceBytes == null ? null
							: new ObjectionFiling.Upload(evidenceBytes, evidence.getOriginalFilename()));
			String receipt = this.publicities.object(id, filing);
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/portal/publicity/" + id + "#objection";
		}
		catch (InvalidInput | RuleViolation | UnsupportedMedia | TooLarge refused) {
			return show(publicity, form, errors(refused, letter, evidence), model);
		}
	}

	private Map<String, String> errors(PlatformException refused, @Nullable MultipartFile letter,
			@Nullable MultipartFile evidence) {
		if (refused instanceof UnsupportedMedia || refused instanceof TooLarge) {
			// Documents does not say which file it refused: name it when only one was sent
			String field = present(letter) == present(evidence) ? "form" : present(letter) ? "letter" : "evidence";
			return Map.of(field, this.texts.of(refused));
		}
		return FormErrors.of(this.texts, refused);
	}

	private String show(Publicity publicity, ObjectionForm form, Map<String, String> errors, Model model) {
		model.addAttribute("publicity", publicity);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", ObjectionCategory.values());
		return PAGE;
	}

	private static boolean present(@Nullable MultipartFile file) {
		return file != null && !file.isEmpty();
	}

}
