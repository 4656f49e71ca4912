package shenbao.quota;

import org.jspecify.annotations.Nullable;

/** How many of a city's places for a program are taken; {@code quota} is null when the program sets no limit. */
public record QuotaUse(String programCode, String cityCode, @Nullable Integer quota, int used) {

	public boolean isFull() {
		return this.quota != null && this.used >= this.quota;
	}

}
