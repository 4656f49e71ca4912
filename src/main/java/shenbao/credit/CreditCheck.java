package shenbao.credit;

import org.jspecify.annotations.Nullable;

/**
 * The answer for one code: whether it is a valid 统一社会信用代码 (and why not), the registered unit's name when the
 * platform knows it, and the 失信 listing when there is one.
 */
public record CreditCheck(String creditCode, @Nullable String defect, @Nullable String registeredName,
		@Nullable CreditListing listing) {

	public boolean valid() {
		return this.defect == null;
	}

	public boolean listed() {
		return this.listing != null;
	}

}
