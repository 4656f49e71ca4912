package shenbao.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.portal.ItemKind;
import shenbao.portal.NoticeFilter;
import shenbao.portal.PortalContent;
import shenbao.portal.Publicities;

/**
 * The portal's home (seed 002 §3.1.1: search, login entries per user type, 申报通知, 政策文件 and 结果公示 newest first,
 * guides) and the site-wide search. Anyone may read them.
 */
@Controller
class PortalHomeController {

	static final String HOME = "portal/home";

	static final String SEARCH = "portal/search";

	/** The seed's home shows the ten newest policies and results. */
	static final int SHOWN = 10;

	private final PortalContent content;

	private final Publicities publicities;

	private final PolicyRecommendations recommendations;

	PortalHomeController(PortalContent content, Publicities publicities, PolicyRecommendations recommendations) {
		this.content = content;
		this.publicities = publicities;
		this.recommendations = recommendations;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("notices", first(this.content.notices(NoticeFilter.all()), 6));
		model.addAttribute("policies", first(this.content.list(ItemKind.POLICY, null), SHOWN));
		model.addAttribute("recommended", first(this.recommendations.forCaller(), SHOWN));
		model.addAttribute("results", first(this.publicities.results(null), SHOWN));
		model.addAttribute("guides", first(this.content.list(ItemKind.GUIDE, null), 5));
		return HOME;
	}

	@GetMapping("/portal/search")
	String search(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
		model.addAttribute("q", words == null ? "" : words.strip());
		model.addAttribute("hits", words == null ? java.util.List.of() : this.content.search(words));
		return SEARCH;
	}

	private static <T> java.util.List<T> first(java.util.List<T> items, int count) {
		return items.subList(0, Math.min(count, items.size()));
	}

}
