package shenbao.program;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A section of the form, in order, with its fields and evidence slots. A section with {@code when} conditions is
 * shown, checked and printed only while all of them hold (e.g. the 附件2.3 试点示范 sections only for that domain);
 * otherwise it is hidden and its required fields and slots ask for nothing.
 */
public record Section(String key, String title, @Nullable String hint, List<Field> fields,
		List<AttachmentSlot> attachments, List<EligibilityRule.Condition> when) {

	public Section {
		fields = List.copyOf(fields);
		attachments = List.copyOf(attachments);
		when = List.copyOf(when);
	}

	public Section(String key, String title, @Nullable String hint, List<Field> fields,
			List<AttachmentSlot> attachments) {
		this(key, title, hint, fields, attachments, List.of());
	}

	/** Whether the section applies to these values. */
	public boolean appliesTo(Map<String, ?> values) {
		return EligibilityRule.Condition.allHold(this.when, values);
	}

}
