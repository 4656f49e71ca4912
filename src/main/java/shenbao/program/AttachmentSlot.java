package shenbao.program;

import org.jspecify.annotations.Nullable;

/** A place for one piece of stamped PDF evidence, named as the seed form names it. */
public record AttachmentSlot(String key, String label, boolean required, String section, @Nullable String template) {
}
