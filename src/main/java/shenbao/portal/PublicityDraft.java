package shenbao.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the province publishes: the program, the applications on the proposed list (in this order), the notice's
 * title and rich text, and the objection window in calendar days ({@code null}: the default).
 */
public record PublicityDraft(String programCode, List<Long> applicationIds, String title, String bodyHtml,
		@Nullable Integer windowDays) {

	public PublicityDraft {
		applicationIds = List.copyOf(applicationIds);
	}

}
