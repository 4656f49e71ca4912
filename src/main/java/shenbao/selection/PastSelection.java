package shenbao.selection;

import org.jspecify.annotations.Nullable;

/**
 * A unit an earlier batch selected: its exact name, its 统一社会信用代码 when known (the seed's list has none), the
 * batch (第N批), the city that recommended it and the domain it was selected in.
 */
public record PastSelection(long id, String listCode, String unitName, @Nullable String creditCode, int batch,
		String cityCode, @Nullable String domain) {
}
