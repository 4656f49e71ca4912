package shenbao.identity.web;

import org.jspecify.annotations.Nullable;

import shenbao.identity.RegistrationRequest;

/**
 * The 注册 page as posted. It differs from {@link RegistrationRequest} in what a page needs: the region comes as a
 * 市州 and a 县区 select, and the password is typed twice.
 */
record RegistrationForm(@Nullable String creditCode, @Nullable String unitName, @Nullable String unitType,
		@Nullable String cityCode, @Nullable String countyCode, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String username, @Nullable String password,
		@Nullable String confirmPassword) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null, null, null, null, null, null);
	}

	RegistrationRequest request() {
		return new RegistrationRequest(this.creditCode, this.unitName, this.unitType,
				RegionChoices.regionCode(this.cityCode, this.countyCode), this.contactName, this.contactPhone,
				this.username, this.password);
	}

	boolean passwordsDiffer() {
		return !String.valueOf(this.password).equals(String.valueOf(this.confirmPassword));
	}

	@Override
	public String toString() {
		return "RegistrationForm[username=" + this.username + "]";
	}

}
