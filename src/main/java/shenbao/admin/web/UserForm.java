package shenbao.admin.web;

import org.jspecify.annotations.Nullable;

/** The 新增用户 form as typed; the role and department arrive as text and are checked before anything is created. */
record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String role,
		@Nullable String regionCode, @Nullable Long departmentId) {

	static UserForm empty() {
		return new UserForm(null, null, null, null, null);
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
