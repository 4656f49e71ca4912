package shenbao.portal.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.platform.NotFound;
import shenbao.portal.ItemKind;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;

/** 政策文件, 服务指南 (with their downloads), 常见问题 and 联系方式: public pages, each list newest first with a search. */
@Controller
class PortalItemsController {

	static final String LIST = "portal/items";

	static final String PAGE = "portal/item";

	static final String FAQ = "portal/faq";

	static final String CONTACTS = "portal/contacts";

	private final PortalContent content;

	private final Documents documents;

	private final PolicyRecommendations recommendations;

	PortalItemsController(PortalContent content, Documents documents, PolicyRecommendations recommendations) {
		this.content = content;
		this.documents = documents;
		this.recommendations = recommendations;
	}

	@GetMapping("/portal/policies")
	String policies(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
		model.addAttribute("recommended", this.recommendations.forCaller());
		return list(ItemKind.POLICY, "/portal/policies", words, model);
	}

	@GetMapping("/portal/policies/{id}")
	String policy(@PathVariable long id, Model model) {
		return page(ItemKind.POLICY, "/portal/policies", id, model);
	}

	@GetMapping("/portal/guides")
	String guides(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
		return list(ItemKind.GUIDE, "/portal/guides", words, model);
	}

	@GetMapping("/portal/guides/{id}")
	String guide(@PathVariable long id, Model model) {
		return page(ItemKind.GUIDE, "/portal/guides", id, model);
	}

	/** A guide's file, for anyone: guides are published to be downloaded. */
	@GetMapping("/portal/guides/{id}/file")
	ResponseEntity<Resource> guideFile(@PathVariable long id) {
		PortalItem guide = this.content.get(ItemKind.GUIDE, id);
		if (guide.fileId() == null) {
			throw new NotFound("portal.item.not-found");
		}
		StoredFile file = this.documents.get(guide.fileId());
		InputStream bytes = this.documents.open(file.id());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(bytes));
	}

	@GetMapping("/portal/faq")
	String faq(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
		model.addAttribute("items", this.content.list(ItemKind.FAQ, words));
		model.addAttribute("q", words == null ? "" : words);
		return FAQ;
	}

	@GetMapping("/portal/contacts")
	String contacts(Model model) {
		model.addAttribute("contacts", this.content.contacts());
		return CONTACTS;
	}

	private String list(ItemKind kind, String path, @Nullable String words, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("path", path);
		model.addAttribute("items", this.content.list(kind, words));
		model.addAttribute("q", words == null ? "" : words);
		return LIST;
	}

	private String page(ItemKind kind, String path, long id, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("path", path);
		model.addAttribute("item", this.content.get(kind, id));
		return PAGE;
	}

}
