package shenbao.portal;

import org.jspecify.annotations.Nullable;

import shenbao.program.ProgramStatus;

/** The 申报通知 filters: status, 业务领域, 项目类型 and words in the title or text; null means any. */
public record NoticeFilter(@Nullable ProgramStatus status, @Nullable NoticeField field, @Nullable NoticeType type,
		@Nullable String words) {

	public static NoticeFilter all() {
		return new NoticeFilter(null, null, null, null);
	}

}
