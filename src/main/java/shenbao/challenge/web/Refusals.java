package shenbao.challenge.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/** A refused form post comes back to its page with the reason on top (post-redirect-get). */
final class Refusals {

	private Refusals() {
	}

	interface Action {

		void run();

	}

	static void attempt(Texts texts, RedirectAttributes redirect, String doneKey, Action action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", texts.of(doneKey));
		}
		catch (PlatformException refused) {
			if (refused instanceof shenbao.platform.NotFound) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", texts.detailed(refused));
		}
	}

}
