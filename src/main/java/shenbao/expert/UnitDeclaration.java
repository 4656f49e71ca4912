package shenbao.expert;

import org.jspecify.annotations.Nullable;

/** A relationship with a unit or a conflict with it, named by its credit code, its name or both; a note says what. */
public record UnitDeclaration(@Nullable String creditCode, @Nullable String unitName, String note) {
}
