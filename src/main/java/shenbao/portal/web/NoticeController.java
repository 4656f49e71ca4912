package shenbao.portal.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.portal.ItemKind;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeFilter;
import shenbao.portal.NoticeType;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;
import shenbao.program.Windows;

/**
 * 申报通知 (seed 002 §3.1.2): the list with its filters (申报状态, 业务领域, 项目类型, words), a plain GET form that
 * htmx enhances by swapping the results only; and each notice's page, a program's own or one the province wrote.
 */
@Controller
class NoticeController {

	static final String LIST = "portal/notices";

	static final String PAGE = "portal/notice";

	private final PortalContent content;

	private final Programs programs;

	private final Clock clock;

	NoticeController(PortalContent content, Programs programs, Clock clock) {
		this.content = content;
		this.programs = programs;
		this.clock = clock;
	}

	@GetMapping("/portal/notices")
	String list(@RequestParam(required = false) @Nullable ProgramStatus status,
			@RequestParam(required = false) @Nullable NoticeField field,
			@RequestParam(required = false) @Nullable NoticeType type,
			@RequestParam(name = "q", required = false) @Nullable String words,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("notices", this.content.notices(new NoticeFilter(status, field, type, words)));
		model.addAttribute("status", status);
		model.addAttribute("field", field);
		model.addAttribute("type", type);
		model.addAttribute("q", words == null ? "" : words);
		model.addAttribute("statuses", ProgramStatus.values());
		model.addAttribute("fields", NoticeField.values());
		model.addAttribute("types", NoticeType.values());
		return "true".equals(htmx) ? LIST + " :: results" : LIST;
	}

	@GetMapping("/portal/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		PortalItem item = this.content.get(ItemKind.NOTICE, id);
		model.addAttribute("heading", item.title());
		model.addAttribute("bodyHtml", item.bodyHtml());
		model.addAttribute("publishedAt", item.publishedAt());
		model.addAttribute("program", item.programCode() == null ? null : this.programs.find(item.programCode())
			.orElse(null));
		return show(model);
	}

	@GetMapping("/portal/notices/programs/{code}")
	String program(@PathVariable String code, Model model) {
		ProgramDefinition program = this.programs.get(code);
		model.addAttribute("heading", program.name());
		model.addAttribute("bodyText", program.description());
		model.addAttribute("publishedAt", null);
		model.addAttribute("program", program);
		return show(model);
	}

	private String show(Model model) {
		Object program = model.getAttribute("program");
		if (program instanceof ProgramDefinition definition) {
			model.addAttribute("programStatus", ProgramStatus.of(definition, this.clock));
			model.addAttribute("opens", Windows.shown(definition.windows().apply().opens()));
			model.addAttribute("closes", Windows.shown(definition.windows().apply().closes()));
		}
		return PAGE;
	}

}
