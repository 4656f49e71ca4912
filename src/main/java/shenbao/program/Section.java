package shenbao.program;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A section of the form, in order, with its fields and evidence slots. */
public record Section(String key, String title, @Nullable String hint, List<Field> fields,
		List<AttachmentSlot> attachments) {

	public Section {
		fields = List.copyOf(fields);
		attachments = List.copyOf(attachments);
	}

}
