package shenbao.portal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import shenbao.program.ProgramStatus;

/**
 * One row of 申报通知: a program of the deployment (announced by its own data) or a notice the province wrote.
 * {@code status} is the program's window status, null for a notice tied to no program. {@code path} is its page.
 */
public record Notice(String title, String summary, NoticeField field, NoticeType type, @Nullable ProgramStatus status,
		@Nullable String programCode, @Nullable Instant publishedAt, String path) {
}
