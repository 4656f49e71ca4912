package shenbao.credit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One unit on the 失信 list, as imported by the province. */
public record CreditListing(String creditCode, String unitName, String reason, @Nullable LocalDate listedOn,
		@Nullable String source, Instant importedAt, String importedBy) {
}
