package shenbao.guide.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.guide.CityGuides;
import shenbao.guide.Guide;
import shenbao.guide.GuideEdit;
import shenbao.guide.ProgramGuide;
import shenbao.identity.Caller;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * 申报指南 ({@code /guides}, Guangdong 地市和区县 manual §4.3.1) for a city's reviewers and admins: the programs of the
 * province with the city's guide for each, 编辑 for one program or 批量编辑 for the ticked ones (one guide for them
 * all, also a combined notice), and per guide its named list import, publication and combined 汇总表.
 */
@Controller
class GuidesController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CityGuides guides;

	private final Documents documents;

	private final Texts texts;

	GuidesController(CityGuides guides, Documents documents, Texts texts) {
		this.guides = guides;
		this.documents = documents;
		this.texts = texts;
	}

	@GetMapping("/guides")
	String list(Caller caller, Model model) {
		model.addAttribute("rows", this.guides.overview(caller));
		return "guide/list";
	}

	@GetMapping("/guides/edit")
	String edit(Caller caller, @RequestParam(name = "program", required = false) @Nullable List<String> programs,
			@RequestParam(required = false) @Nullable Long id, Model model) {
		List<ProgramGuide> rows = this.guides.overview(caller);
		Guide guide = id != null ? this.guides.get(caller, id) : null;
		List<String> chosen = guide != null ? guide.programCodes()
				: programs == null ? List.of() : programs.stream().distinct().toList();
		if (chosen.isEmpty()) {
			model.addAttribute("rows", rows);
			model.addAttribute("refusal", this.texts.of("guide.programs.required"));
			return "guide/list";
		}
		ProgramGuide first = rows.stream().filter(row -> row.programCode().equals(chosen.get(0))).findFirst().orElse(null);
		if (guide == null && chosen.size() == 1 && first != null) {
			guide = first.guide();
		}
		return form(rows, GuideForm.of(chosen, guide, first), guide, null, model);
	}

	@PostMapping("/guides/edit")
	String save(Caller caller, @ModelAttribute GuideForm form, @RequestParam(required = false) @Nullable MultipartFile pdf,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			StoredFile file = null;
			if (pdf != null && !pdf.isEmpty()) {
				// streamed to storage before the guide's transaction (SPEC: slow work outside transactions)
				try (InputStream content = pdf.getInputStream()) {
					file = this.documents.storePdf(content, String.valueOf(pdf.getOriginalFilename()), null);
				}
			}
			Guide saved = this.guides.save(caller, new GuideEdit(form.id(), form.programs(),
					form.title() == null ? "" : form.title(), form.body() == null ? "" : form.body(),
					file == null ? null : file.id(), file == null ? null : file.filename(), form.opens(), form.closes(),
					form.isRestricted(), form.county(), form.countyDeadline(), form.isPublished(), form.version()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/guides/" + saved.id();
		}
		catch (PlatformException refused) {
			if (refused instanceof shenbao.platform.NotFound notFound) {
				throw notFound;
			}
			Guide guide = form.id() == null ? null : this.guides.get(caller, form.id());
			return form(this.guides.overview(caller), form, guide, this.texts.detailed(refused), model);
		}
	}

	@GetMapping("/guides/{id}")
	String show(Caller caller, @PathVariable long id, Model model) {
		Guide guide = this.guides.get(caller, id);
		model.addAttribute("guide", guide);
		model.addAttribute("rows", this.guides.overview(caller)
			.stream()
			.filter(row -> guide.programCodes().contains(row.programCode()))
			.toList());
		model.addAttribute("units", this.guides.units(caller, id));
		return "guide/show";
	}

	@PostMapping("/guides/{id}/publication")
	String publish(Caller caller, @PathVariable long id, @RequestParam boolean published, Model model,
			RedirectAttributes redirect) {
		try {
			this.guides.publish(caller, id, published);
			redirect.addFlashAttribute("published", published);
			return "redirect:/guides/" + id;
		}
		catch (shenbao.platform.RuleViolation refused) {
			model.addAttribute("refusal", this.texts.of(refused));
			return show(caller, id, model);
		}
	}

	@PostMapping("/guides/{id}/units")
	String importUnits(Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("imported", this.guides.importUnits(caller, id, content));
		}
		catch (shenbao.platform.InvalidInput refused) {
			model.addAttribute("importError", this.texts.detailed(refused));
		}
		return show(caller, id, model);
	}

	@GetMapping("/guides/{id}/summary")
	void summary(Caller caller, @PathVariable long id, HttpServletResponse response) throws IOException {
		String filename = this.guides.summaryFilename(caller, id);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString());
		this.guides.exportSummary(caller, id, response.getOutputStream());
	}

	private String form(List<ProgramGuide> rows, GuideForm form, @Nullable Guide guide, @Nullable String refusal,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("guide", guide);
		model.addAttribute("chosen", rows.stream().filter(row -> form.programs().contains(row.programCode())).toList());
		model.addAttribute("refusal", refusal);
		return "guide/edit";
	}

}
