package shenbao.identity;

/**
 * A new account with the one-time password it was given. The password is shown once to the administrator who created
 * (or reset) it and stored only as its bcrypt hash.
 */
public record CreatedAccount(StaffAccount account, String oneTimePassword) {

	@Override
	public String toString() {
		return "CreatedAccount[account=" + this.account + "]";
	}

}
