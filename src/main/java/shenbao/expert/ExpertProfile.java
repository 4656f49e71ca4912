package shenbao.expert;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An expert as conflict checks see them: their own unit (name, 统一社会信用代码), the region they belong to, the
 * units they declared a relationship with, and the conflicts they declared themselves.
 */
public record ExpertProfile(long expertId, String displayName, @Nullable String unitName, @Nullable String creditCode,
		@Nullable String regionCode, List<Declaration> relationships, List<Declaration> conflicts) {

	public ExpertProfile {
		relationships = List.copyOf(relationships);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * A declared relationship with a unit, or a declared conflict: with a unit (credit code and/or name) or with one
	 * application.
	 */
	public record Declaration(long id, @Nullable String creditCode, @Nullable String unitName,
			@Nullable Long applicationId, String note) {
	}

}
